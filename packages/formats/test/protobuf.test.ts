import { describe, expect, it } from 'vitest';
import { formatFor, protobufModule, type Verdict } from '../src/index.js';
import { bytes, fixture } from './load-fixture.js';

type Expected = 'compatible' | 'unknown' | string[];

/** Protobuf cases (WIRE_JSON): fixture pair, expected backward and forward result. */
const cases: Array<[string, string, Expected, Expected, string]> = [
  ['field-added', 'Protobuf/3', 'compatible', 'compatible', 'a new field number is ignored by old readers'],
  ['field-removed-reserved', 'Protobuf/3', 'compatible', 'compatible', 'a removed field whose number and name are reserved is safe'],
  ['field-removed-unreserved', 'Protobuf/3', ['protobuf/field-removed-unreserved'], ['protobuf/field-removed-unreserved'], 'a removed field must reserve its number and name'],
  ['field-removed-number-reserved-only', 'Protobuf/3', ['protobuf/field-removed-unreserved'], ['protobuf/field-removed-unreserved'], 'WIRE_JSON also wants the name reserved'],
  ['field-number-reused', 'Protobuf/3', ['protobuf/field-number-reused', 'protobuf/field-type-changed'], ['protobuf/field-number-reused', 'protobuf/field-type-changed'], 'a reused number with another name and type is misread'],
  ['field-renamed', 'Protobuf/3', ['protobuf/field-number-reused'], ['protobuf/field-number-reused'], 'a rename keeps the wire but breaks JSON'],
  ['field-number-changed', 'Protobuf/3', ['protobuf/field-number-changed'], ['protobuf/field-number-changed'], 'a field keeps its number forever'],
  ['int32-to-int64', 'Protobuf/3', 'compatible', 'compatible', 'int32 and int64 share the varint encoding and JSON numbers'],
  ['int32-to-sint32', 'Protobuf/3', ['protobuf/field-type-changed'], ['protobuf/field-type-changed'], 'zigzag and plain varints differ'],
  ['string-to-bytes', 'Protobuf/3', ['protobuf/field-type-changed-json'], ['protobuf/field-type-changed-json'], 'bytes are base64 in JSON'],
  ['fixed32-to-sfixed32', 'Protobuf/3', 'compatible', 'compatible', 'fixed32 and sfixed32 share the encoding'],
  ['enum-to-int32', 'Protobuf/3', ['protobuf/field-type-changed-json'], ['protobuf/field-type-changed-json'], 'enums are names in JSON'],
  ['singular-to-repeated', 'Protobuf/3', ['protobuf/field-cardinality-changed'], ['protobuf/field-cardinality-changed'], 'repeated and singular differ in JSON'],
  ['map-value-type-changed', 'Protobuf/3', ['protobuf/field-type-changed'], ['protobuf/field-type-changed'], 'map value types are compared like field types'],
  ['optional-made-required', 'Protobuf/2', ['protobuf/field-made-required'], 'compatible', 'old data may lack a newly required field'],
  ['required-made-optional', 'Protobuf/2', 'compatible', ['protobuf/field-no-longer-required'], 'old readers insist on a formerly required field'],
  ['field-moved-into-oneof', 'Protobuf/3', ['protobuf/field-oneof-changed'], ['protobuf/field-oneof-changed'], 'oneof membership is fixed'],
  ['proto3-optional-added', 'Protobuf/3', 'compatible', 'compatible', 'proto3 optional adds presence only'],
  ['enum-value-added', 'Protobuf/3', 'compatible', 'compatible', 'a new enum value is fine'],
  ['enum-value-removed', 'Protobuf/3', ['protobuf/enum-value-removed'], ['protobuf/enum-value-removed'], 'a removed enum value must be reserved'],
  ['enum-value-removed-reserved', 'Protobuf/3', 'compatible', 'compatible', 'a reserved enum value is safe to remove'],
  ['enum-value-renumbered', 'Protobuf/3', ['protobuf/enum-value-renumbered'], ['protobuf/enum-value-renumbered'], 'enum numbers are fixed'],
  ['package-changed', 'Protobuf/3', ['protobuf/package-changed'], ['protobuf/package-changed'], 'the package is part of every type name'],
  ['message-removed', 'Protobuf/3', ['protobuf/message-removed'], ['protobuf/message-removed'], 'a removed message breaks its users'],
  ['nested-message-field-retyped', 'Protobuf/3', ['protobuf/field-type-changed'], ['protobuf/field-type-changed'], 'nested messages are compared by name'],
];

function outcome(v: Verdict): Expected {
  return v.verdict === 'incompatible' ? [...new Set(v.findings.map((f) => f.code))].sort() : v.verdict;
}

describe('Protobuf compatibility (buf WIRE_JSON)', () => {
  it.each(cases)('%s (%s): backward %j, forward %j, because %s', (name, format, backward, forward) => {
    const oldDoc = fixture('protobuf', `${name}/old.proto`);
    const newDoc = fixture('protobuf', `${name}/new.proto`);
    expect(protobufModule.validate(oldDoc, format)).toEqual([]);
    expect(protobufModule.validate(newDoc, format)).toEqual([]);
    expect(outcome(protobufModule.compare(oldDoc, newDoc, 'backward', format))).toEqual(backward);
    expect(outcome(protobufModule.compare(oldDoc, newDoc, 'forward', format))).toEqual(forward);
  });

  it('a finding names the field by its full dotted name in both versions', () => {
    const v = protobufModule.compare(fixture('protobuf', 'field-removed-unreserved/old.proto'), fixture('protobuf', 'field-removed-unreserved/new.proto'), 'backward', 'Protobuf/3');
    expect(v).toEqual({ verdict: 'incompatible', findings: [{ code: 'protobuf/field-removed-unreserved', pointer: 'shop.v1.Order.note', oldPointer: 'shop.v1.Order.note', args: { path: 'shop.v1.Order.note', field: 'note', number: 3, missing: 'number 3 and name "note"' } }] });
  });

  it('an import nobody supplies makes the verdict unknown instead of compatible', () => {
    const doc = bytes('syntax = "proto3";\nimport "common/money.proto";\nmessage M { common.Money price = 1; }\n');
    expect(protobufModule.compare(doc, doc, 'backward', 'Protobuf/3')).toEqual({ verdict: 'unknown', reason: 'imports not available: common/money.proto' });
  });
});

describe('Protobuf validation', () => {
  it.each<[string, string, string, string[]]>([
    ['a proto3 file declared Protobuf/3 is valid', 'syntax = "proto3";\nmessage M { int32 a = 1; }\n', 'Protobuf/3', []],
    ['a file without syntax is proto2', 'message M { optional int32 a = 1; }\n', 'Protobuf/2', []],
    ['proto2 declared as Protobuf/3 is an error', 'syntax = "proto2";\nmessage M { optional int32 a = 1; }\n', 'Protobuf/3', ['protobuf/syntax-mismatch']],
    ['an editions file is neither Protobuf/2 nor /3', 'edition = "2023";\nmessage M { int32 a = 1; }\n', 'Protobuf/3', ['protobuf/syntax-mismatch']],
    ['a syntax error is reported', 'syntax = "proto3";\nmessage M { int32 a = 1 }\n', 'Protobuf/3', ['protobuf/parse-error']],
    ['an undefined type is an error', 'syntax = "proto3";\nmessage M { Missing a = 1; }\n', 'Protobuf/3', ['protobuf/unresolved-type']],
    ['a well-known import resolves without help', 'syntax = "proto3";\nimport "google/protobuf/timestamp.proto";\nmessage M { google.protobuf.Timestamp at = 1; }\n', 'Protobuf/3', []],
    ['an unavailable import is a warning', 'syntax = "proto3";\nimport "other.proto";\nmessage M { other.T t = 1; }\n', 'Protobuf/3', ['protobuf/unresolved-import']],
  ])('%s', (_name, source, format, expected) => {
    expect(protobufModule.validate(bytes(source), format).map((f) => f.code)).toEqual(expected);
  });

  it('an import is loaded through ctx.resolve', () => {
    const resolve = (path: string) => (path === 'other.proto' ? bytes('syntax = "proto3";\npackage other;\nmessage T { int32 x = 1; }\n') : undefined);
    expect(protobufModule.validate(bytes('syntax = "proto3";\nimport "other.proto";\nmessage M { other.T t = 1; }\n'), 'Protobuf/3', { resolve })).toEqual([]);
  });

  it('a syntax error carries its line', () => {
    const [f] = protobufModule.validate(bytes('syntax = "proto3";\nmessage M {\n  int32 a = 1\n}\n'), 'Protobuf/3');
    expect(f).toMatchObject({ code: 'protobuf/parse-error', line: 4 });
  });

  it.each(['Protobuf/3', 'protobuf/2', 'PROTOBUF/3'])('format %s is handled by the Protobuf module', (format) => {
    expect(formatFor(format)?.id).toBe('protobuf');
  });
});
