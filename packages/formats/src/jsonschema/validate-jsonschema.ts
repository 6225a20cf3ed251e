import { suggestName } from '@xrgit/core';
import type { FormatContext, FormatFinding } from '../format-module.js';
import { decodeJson, isObject } from '../decode-document.js';
import { compileSchema } from './compile-schema.js';
import { KNOWN_KEYWORDS, META_SCHEMA, draftOfFormat, draftOfSchemaUri, sharedAjv, type Draft } from './drafts.js';
import { walkSchema } from './walk-schema.js';

/**
 * Validates a JSON Schema document for the draft its `format` names: JSON syntax, `$schema`
 * agreeing with the format, the draft's meta-schema, `$ref` resolution (other documents through
 * `ctx.resolve`) and compilation. Keywords the draft does not define are warnings.
 */
export function validateJsonSchema(doc: Uint8Array, format: string, ctx?: FormatContext): FormatFinding[] {
  const draft = draftOfFormat(format);
  if (!draft) return [{ code: 'format/not-validated', severity: 'warning', args: { format, reason: 'this JSON Schema draft is not supported (supported: draft-07, 2019-09, 2020-12)' } }];
  const parsed = decodeJson(doc);
  if (!parsed.ok) return parsed.findings;
  const schema = parsed.value;
  if (!isObject(schema) && typeof schema !== 'boolean') {
    return [{ code: 'jsonschema/not-a-schema', severity: 'error', args: { found: Array.isArray(schema) ? 'an array' : typeof schema } }];
  }
  const findings = [...checkSchemaUri(schema, draft, format), ...checkMetaSchema(schema, draft)];
  if (findings.some((f) => f.severity === 'error')) return findings;
  findings.push(...unknownKeywords(schema, draft));
  const compiled = compileSchema(schema, draft, 'urn:xrgit:validate', ctx, { reuse: true });
  if (!compiled.ok) findings.push(...compiled.findings);
  return findings;
}

function checkSchemaUri(schema: unknown, draft: Draft, format: string): FormatFinding[] {
  if (!isObject(schema) || schema.$schema === undefined) return [];
  const declared = schema.$schema;
  if (typeof declared === 'string' && draftOfSchemaUri(declared) === draft) return [];
  return [{ code: 'jsonschema/schema-uri-mismatch', severity: 'error', pointer: '/$schema', args: { declared: String(declared), format, expected: META_SCHEMA[draft] } }];
}

function checkMetaSchema(schema: unknown, draft: Draft): FormatFinding[] {
  const ajv = sharedAjv(draft);
  if (ajv.validate(META_SCHEMA[draft], schema)) return [];
  const seen = new Set<string>();
  const out: FormatFinding[] = [];
  for (const e of ajv.errors ?? []) {
    // One finding per location: ajv reports every failed branch of the meta-schema's anyOf; the first is the most specific.
    if (seen.has(e.instancePath)) continue;
    seen.add(e.instancePath);
    out.push({ code: 'jsonschema/meta-schema-violation', severity: 'error', pointer: e.instancePath, args: { draft, detail: `${e.message ?? 'invalid'}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}` } });
  }
  return out;
}

function unknownKeywords(schema: unknown, draft: Draft): FormatFinding[] {
  const known = KNOWN_KEYWORDS[draft];
  const out: FormatFinding[] = [];
  walkSchema(schema, (node, pointer) => {
    for (const key of Object.keys(node)) {
      if (known.has(key) || key.startsWith('x-')) continue;
      const near = suggestName(key, known);
      out.push({ code: 'jsonschema/unknown-keyword', severity: 'warning', pointer: `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, args: { keyword: key, draft, suggestion: near ? ` Did you mean "${near}"?` : '' } });
    }
  });
  return out;
}
