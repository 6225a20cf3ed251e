import { describe, expect, it } from 'vitest';
import { formatFor, jsonSchemaModule, type Verdict } from '../src/index.js';
import { bytes, fixture } from './load-fixture.js';

type Expected = 'compatible' | 'unknown' | string;
const D7 = 'JsonSchema/draft-07';
const D2020 = 'JsonSchema/draft/2020-12';

/** Keyword cases: fixture pair, format, expected backward and forward result (a rule id, or a verdict). */
const cases: Array<[string, string, Expected, Expected, string]> = [
  ['type-integer-to-number', D7, 'compatible', 'jsonschema/type-widened', 'integer ⊂ number: widening to number is backward compatible only'],
  ['type-number-to-integer', D7, 'jsonschema/type-narrowed', 'compatible', 'narrowing number to integer rejects 1.5'],
  ['type-null-removed', D7, 'jsonschema/type-narrowed', 'compatible', 'dropping null from a type list rejects null'],
  ['enum-value-added', D7, 'compatible', 'jsonschema/enum-widened', 'an added enum value is unknown to old readers'],
  ['enum-introduced', D7, 'jsonschema/enum-narrowed', 'compatible', 'introducing an enum narrows a free string'],
  ['const-changed', D7, 'jsonschema/enum-narrowed', 'jsonschema/enum-widened', 'a changed const breaks both ways'],
  ['maximum-lowered', D7, 'jsonschema/range-narrowed', 'compatible', 'a lower maximum rejects old values'],
  ['minimum-made-exclusive', D7, 'jsonschema/range-narrowed', 'compatible', 'minimum 0 → exclusiveMinimum 0 rejects 0'],
  ['multipleof-to-divisor', D7, 'compatible', 'jsonschema/multiple-of-changed', 'multipleOf 4 → 2 accepts every old value'],
  ['maxlength-raised', D7, 'compatible', 'jsonschema/length-widened', 'a higher maxLength is backward compatible only'],
  ['pattern-removed', D7, 'compatible', 'jsonschema/pattern-changed', 'removing a pattern is backward compatible only'],
  ['pattern-changed', D7, 'jsonschema/pattern-changed', 'jsonschema/pattern-changed', 'patterns are compared as text, so any change is reported both ways'],
  ['format-added', D7, 'jsonschema/format-changed', 'compatible', 'an added format is an assertion that rejects old strings'],
  ['items-type-narrowed', D7, 'jsonschema/type-narrowed', 'compatible', 'item schemas are compared like any subschema'],
  ['prefix-items-added', D2020, 'compatible', 'jsonschema/subschema-allowed', 'a new tuple position where old had items:false is forward incompatible'],
  ['min-items-raised', D7, 'jsonschema/array-length-narrowed', 'compatible', 'minItems 0 → 1 rejects the empty array'],
  ['unique-items-added', D7, 'jsonschema/unique-items-added', 'compatible', 'uniqueItems rejects old arrays with repeats'],
  ['nested-property-type-changed', D7, 'jsonschema/type-narrowed', 'jsonschema/type-widened', 'a retyped nested property breaks both ways'],
  ['ref-target-narrowed', D7, 'jsonschema/length-narrowed', 'compatible', 'local $ref targets are resolved and compared'],
  ['ref-introduced-same-meaning', D2020, 'compatible', 'compatible', 'moving a subschema into $defs changes nothing'],
  ['recursive-ref-unchanged-elsewhere', D7, 'jsonschema/length-narrowed', 'compatible', 'recursive schemas terminate and still find the change'],
  ['anyof-branch-added', D7, 'compatible', 'jsonschema/type-widened', 'an added anyOf branch is backward compatible only'],
  ['oneof-discriminated-branch-added', D7, 'compatible', 'jsonschema/enum-widened', 'oneOf with const discriminators is decided'],
  ['not-changed', D7, 'unknown', 'unknown', '"not" is not compared and yields unknown'],
  ['if-then-unchanged-type-widened', D7, 'compatible', 'jsonschema/type-widened', 'an unchanged if/then cancels out; the finding counts because ajv verified its counterexample'],
  ['content-model-closed', D7, 'jsonschema/content-model-narrowed', 'compatible', 'closing an open model rejects old extra properties'],
  ['pattern-properties-changed', D7, 'unknown', 'unknown', 'differing patternProperties are not decided (regular-expression overlap)'],
  ['oneof-overlapping-branches', D7, 'unknown', 'unknown', 'oneOf with overlapping branches is unknown unless a counterexample verifies'],
  ['boolean-subschema-false', D7, 'jsonschema/subschema-forbidden', 'compatible', 'a property schema that became false forbids every value the old one allowed'],
  ['unchanged', D7, 'compatible', 'compatible', 'an unchanged schema is compatible'],
];

function outcome(v: Verdict): Expected[] {
  if (v.verdict === 'incompatible') return [...new Set(v.findings.map((f) => f.code))];
  return [v.verdict];
}

describe('JSON Schema compatibility by keyword', () => {
  it.each(cases)('%s (%s): backward %s, forward %s, because %s', (name, format, backward, forward) => {
    const oldDoc = fixture('jsonschema', `${name}/old.json`);
    const newDoc = fixture('jsonschema', `${name}/new.json`);
    expect(outcome(jsonSchemaModule.compare(oldDoc, newDoc, 'backward', format))).toEqual([backward]);
    expect(outcome(jsonSchemaModule.compare(oldDoc, newDoc, 'forward', format))).toEqual([forward]);
  });

  it('a finding names the change in both versions and carries a counterexample the accepting side accepts', () => {
    const v = jsonSchemaModule.compare(fixture('jsonschema', 'ref-target-narrowed/old.json'), fixture('jsonschema', 'ref-target-narrowed/new.json'), 'backward', D7);
    expect(v).toEqual({ verdict: 'incompatible', findings: [{ code: 'jsonschema/length-narrowed', pointer: '/definitions/A', oldPointer: '/definitions/A', args: { old: '0..10', new: '0..5', pointer: '/definitions/A' }, counterexample: { value: { a: 'aaaaaa' }, acceptedBy: 'old' } }] });
  });

  it('a $ref to another document is resolved through ctx.resolve and compared', () => {
    const other = { $schema: 'http://json-schema.org/draft-07/schema#', type: 'string', maxLength: 5 };
    const doc = bytes({ $schema: 'http://json-schema.org/draft-07/schema#', $id: 'https://example.com/a.json', properties: { s: { $ref: 'b.json' } } });
    const ctx = { resolve: (uri: string) => (uri === 'https://example.com/b.json' ? bytes(other) : undefined) };
    expect(outcome(jsonSchemaModule.compare(doc, doc, 'backward', D7, ctx))).toEqual(['compatible']);
    expect(outcome(jsonSchemaModule.compare(doc, doc, 'backward', D7, {}))).toEqual(['unknown']);
  });
});

/** Validation cases: document, format, expected rule ids (sorted). */
const validation: Array<[string, unknown, string, string[]]> = [
  ['a draft-07 schema with a matching $schema is valid', { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object' }, D7, []],
  ['a 2020-12 schema without $schema is valid', { type: 'object', prefixItems: [{ type: 'string' }] }, D2020, []],
  ['a $schema of another draft than the format is an error', { $schema: 'https://json-schema.org/draft/2020-12/schema' }, D7, ['jsonschema/schema-uri-mismatch']],
  ['a keyword value that breaks the meta-schema is an error', { type: 12 }, D7, ['jsonschema/meta-schema-violation']],
  ['an unknown keyword is a warning', { type: 'string', maxlength: 3 }, D7, ['jsonschema/unknown-keyword']],
  ['an unresolvable local $ref is an error', { properties: { a: { $ref: '#/definitions/missing' } } }, D7, ['jsonschema/unresolved-ref']],
  ['a $ref to a document nobody resolves is an error', { properties: { a: { $ref: 'https://example.com/other.json' } } }, D7, ['jsonschema/unresolved-ref']],
  ['an invalid regular expression does not compile', { type: 'string', pattern: '(' }, D7, ['jsonschema/compile-error']],
  ['a document that is not JSON is invalid', '{"type": ', D7, ['format/invalid-document']],
  ['an array is not a schema', [1], D7, ['jsonschema/not-a-schema']],
  ['an unsupported draft is not validated', { type: 'object' }, 'JsonSchema/draft-04', ['format/not-validated']],
];

describe('JSON Schema validation', () => {
  it.each(validation)('%s', (_name, doc, format, expected) => {
    const findings = jsonSchemaModule.validate(bytes(doc), format);
    expect(findings.map((f) => f.code).sort()).toEqual(expected);
  });

  it('an unknown keyword suggests the keyword it resembles and points at it', () => {
    const [f] = jsonSchemaModule.validate(bytes({ properties: { a: { maxlength: 3 } } }), D7);
    expect(f).toMatchObject({ code: 'jsonschema/unknown-keyword', severity: 'warning', pointer: '/properties/a/maxlength', args: { keyword: 'maxlength', suggestion: ' Did you mean "maxLength"?' } });
  });

  it('a syntax error is located by line and column', () => {
    const [f] = jsonSchemaModule.validate(bytes('{\n  "type": "object",\n}'), D7);
    expect(f).toMatchObject({ code: 'format/invalid-document', line: 3, column: 1 });
  });

  it('validates versions that share one $id one after the other (no state is left behind)', () => {
    for (const extra of ['a', 'b', 'c']) {
      const doc = bytes({ $schema: 'http://json-schema.org/draft-07/schema#', $id: 'https://example.com/same.json', type: 'object', properties: { [extra]: { type: 'string' } } });
      expect(jsonSchemaModule.validate(doc, D7)).toEqual([]);
    }
  });

  it('a $ref to another registry document is loaded through ctx.resolve', () => {
    const doc = bytes({ $id: 'https://example.com/a.json', properties: { a: { $ref: 'b.json#/definitions/x' } } });
    const resolve = (uri: string) => (uri === 'https://example.com/b.json' ? bytes({ definitions: { x: { type: 'string' } } }) : undefined);
    expect(jsonSchemaModule.validate(doc, D7, { resolve })).toEqual([]);
  });

  it.each(['JsonSchema/draft-07', 'jsonschema/DRAFT-07', 'JsonSchema/draft/2019-09', 'JsonSchema/draft/2020-12'])('format %s is handled by the JSON Schema module', (format) => {
    expect(formatFor(format)?.id).toBe('jsonschema');
  });
});

describe('JSON Schema documents written in YAML', () => {
  it('are read as YAML when they do not start like JSON', () => {
    const yamlDoc = new TextEncoder().encode("$schema: http://json-schema.org/draft-07/schema#\ntype: object\nproperties:\n  a: { type: string }\n");
    expect(jsonSchemaModule.validate(yamlDoc, 'JsonSchema/draft-07')).toEqual([]);
  });

  it('report a YAML syntax error as an unreadable document with its line', () => {
    const bad = new TextEncoder().encode('type: object\nproperties:\n  a: [unclosed\n');
    const findings = jsonSchemaModule.validate(bad, 'JsonSchema/draft-07');
    expect(findings.map((f) => f.code)).toEqual(['format/invalid-document']);
  });
});
