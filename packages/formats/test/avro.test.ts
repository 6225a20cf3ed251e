import { describe, expect, it } from 'vitest';
import { avroModule, formatFor, type Verdict } from '../src/index.js';
import { bytes, fixture } from './load-fixture.js';

type Expected = 'compatible' | 'unknown' | string;

/** Avro resolution cases: fixture pair, expected backward (new reads old) and forward (old reads new) result. */
const cases: Array<[string, Expected, Expected, string]> = [
  ['field-added-with-default', 'compatible', 'compatible', 'a field added with a default is fully compatible'],
  ['field-added-without-default', 'avro/field-added-without-default', 'compatible', 'the new reader has no value for a field added without default'],
  ['field-removed-with-default', 'compatible', 'compatible', 'removing a field that had a default is fully compatible'],
  ['field-removed-without-default', 'compatible', 'avro/field-removed-without-default', 'old readers miss a removed field that had no default'],
  ['int-promoted-to-long', 'compatible', 'avro/type-changed', 'int promotes to long, not back'],
  ['string-to-bytes', 'compatible', 'compatible', 'string and bytes promote to each other'],
  ['long-demoted-to-int', 'avro/type-changed', 'compatible', 'long does not promote to int'],
  ['union-null-added', 'compatible', 'avro/union-branch-added', 'a new union branch is unknown to old readers'],
  ['union-branch-removed', 'avro/union-branch-removed', 'compatible', 'data written with a removed branch cannot be read'],
  ['enum-symbol-added', 'compatible', 'avro/enum-symbol-added', 'an added symbol is unknown to old readers without an enum default'],
  ['enum-symbol-removed', 'avro/enum-symbol-removed', 'compatible', 'a removed symbol cannot be read without an enum default'],
  ['enum-symbol-added-with-default', 'compatible', 'compatible', 'an enum default lets old readers read new symbols'],
  ['record-renamed-with-alias', 'compatible', 'avro/name-changed', 'an alias on the new name lets the new reader read the old name'],
  ['record-renamed-without-alias', 'avro/name-changed', 'avro/name-changed', 'a rename without alias breaks both ways'],
  ['field-renamed-with-alias', 'compatible', 'avro/field-removed-without-default', 'a field alias helps the new reader only'],
  ['fixed-size-changed', 'avro/fixed-size-changed', 'avro/fixed-size-changed', 'fixed sizes must be equal'],
  ['decimal-scale-changed', 'avro/decimal-scale-changed', 'avro/decimal-scale-changed', 'a changed decimal scale changes every value'],
  ['decimal-precision-raised', 'compatible', 'avro/decimal-precision-widened', 'a higher precision may not fit old readers'],
  ['timestamp-millis-to-micros', 'avro/logical-type-changed', 'avro/logical-type-changed', 'the same long means another instant under another logical type'],
  ['nested-record-field-added-without-default', 'avro/field-added-without-default', 'compatible', 'nested records are resolved too'],
  ['array-items-promoted', 'compatible', 'avro/type-changed', 'array items are resolved like fields'],
  ['recursive-record-unchanged', 'compatible', 'compatible', 'recursive records terminate'],
];

function outcome(v: Verdict): Expected[] {
  return v.verdict === 'incompatible' ? [...new Set(v.findings.map((f) => f.code))] : [v.verdict];
}

describe('Avro compatibility by schema resolution', () => {
  it.each(cases)('%s: backward %s, forward %s, because %s', (name, backward, forward) => {
    const oldDoc = fixture('avro', `${name}/old.avsc`);
    const newDoc = fixture('avro', `${name}/new.avsc`);
    expect(outcome(avroModule.compare(oldDoc, newDoc, 'backward', 'Avro/1.11'))).toEqual([backward]);
    expect(outcome(avroModule.compare(oldDoc, newDoc, 'forward', 'Avro/1.11'))).toEqual([forward]);
  });

  it('a finding carries the dotted path of the field and a description of data that fails', () => {
    const v = avroModule.compare(fixture('avro', 'nested-record-field-added-without-default/old.avsc'), fixture('avro', 'nested-record-field-added-without-default/new.avsc'), 'backward', 'Avro/1.11');
    expect(v).toMatchObject({ verdict: 'incompatible', findings: [{ code: 'avro/field-added-without-default', pointer: 'com.example.Order.lines[].qty', args: { field: 'qty', record: 'com.example.Line' } }] });
    expect(v.verdict === 'incompatible' && v.findings[0]?.counterexample).toEqual({ description: 'a com.example.Line record written with the old schema has no field "qty", and the new schema gives it no default' });
  });
});

describe('Avro validation', () => {
  it.each<[string, unknown, string[]]>([
    ['a record schema is valid', { type: 'record', name: 'R', fields: [{ name: 'a', type: 'int' }] }, []],
    ['a primitive schema is valid', '"string"', []],
    ['an unknown type is invalid', { type: 'recordx', name: 'R' }, ['avro/invalid-schema']],
    ['a default of the wrong type is invalid', { type: 'record', name: 'R', fields: [{ name: 'a', type: 'int', default: 'x' }] }, ['avro/invalid-schema']],
    ['a decimal with scale above precision is a warning', { type: 'bytes', logicalType: 'decimal', precision: 2, scale: 3 }, ['avro/invalid-decimal']],
    ['a document that is not JSON is invalid', '{"type": ', ['format/invalid-document']],
  ])('%s', (_name, doc, expected) => {
    expect(avroModule.validate(bytes(doc), 'Avro/1.11').map((f) => f.code)).toEqual(expected);
  });

  it.each(['Avro/1.11', 'avro/1.11.0', 'AVRO/1.9'])('format %s is handled by the Avro module', (format) => {
    expect(formatFor(format)?.id).toBe('avro');
  });
});
