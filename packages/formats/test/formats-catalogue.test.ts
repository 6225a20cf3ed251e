import { readFileSync } from 'node:fs';
import { ruleSpec } from '@xrgit/core';
import { describe, expect, it } from 'vitest';
import { formatsCatalogue } from '../src/index.js';

const entries = Object.entries(formatsCatalogue);
const PREFIXES = ['format', 'jsonschema', 'avro', 'protobuf', 'xsd', 'jsonstructure'];

describe('the formats catalogue', () => {
  it.each(entries)('%s is a kebab-case id under a format prefix, registered with core, with an example', (id, spec) => {
    const [prefix, rule] = id.split('/');
    expect(PREFIXES).toContain(prefix);
    expect(rule).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ruleSpec(id)).toBe(spec);
    expect('example' in spec && spec.example.length > 0).toBe(true);
  });

  it('compatibility rules report compatibility_violation and validation errors format_violation', () => {
    for (const [id, spec] of entries) {
      if (spec.severity !== 'error') continue;
      const compat = /(changed|removed|added|narrowed|widened|reused|required|forbidden|allowed|failed|model)$/.test(id) && !id.startsWith('format/');
      const isValidation = ['format/invalid-document', 'jsonschema/not-a-schema', 'jsonschema/schema-uri-mismatch', 'jsonschema/meta-schema-violation', 'jsonschema/unresolved-ref', 'jsonschema/compile-error', 'avro/invalid-schema', 'protobuf/parse-error', 'protobuf/syntax-mismatch', 'protobuf/unresolved-type', 'xsd/not-well-formed', 'xsd/not-a-schema', 'jsonstructure/invalid-structure'].includes(id);
      expect(spec.specError, id).toBe(isValidation ? 'format_violation' : compat ? 'compatibility_violation' : spec.specError);
    }
  });

  it('messages end with what to do: a sentence ending in a period', () => {
    for (const [id, spec] of entries) expect(spec.message, id).toMatch(/\.$/);
  });

  it('docs/compatibility.md lists every rule id in its table', () => {
    const doc = readFileSync(new URL('../../../docs/compatibility.md', import.meta.url), 'utf8');
    for (const [id] of entries) expect(doc, id).toContain(`| \`${id}\` |`);
  });
});
