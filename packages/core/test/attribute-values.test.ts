import { describe, expect, it } from 'vitest';
import { Diagnostics, validateAttributes, type AttributeMap, type AttributeType } from '../src/index.js';
import { model } from './helpers/fixtures.js';

const m = model();
function check(value: unknown, def: Partial<AttributeMap[string]> & { type: AttributeType }): string[] {
  const d = new Diagnostics();
  validateAttributes({ a: value }, { a: { name: 'a', ...def } }, { model: m, diagnostics: d, xid: '/', entity: 'the registry' });
  return d.items.map((i) => i.code);
}

describe('attribute values are checked against their core type', () => {
  const valid: Array<[AttributeType, unknown]> = [
    ['boolean', true], ['decimal', 1.5], ['decimal', -3], ['integer', -7], ['uinteger', 0], ['string', ''],
    ['timestamp', '2024-02-29T23:59:59Z'], ['timestamp', '2024-01-01T00:00:00.123+02:00'],
    ['uri', 'urn:example:x'], ['uri', '../relative#frag'], ['uriabsolute', 'https://x.io/a'], ['urirelative', '/a/b'],
    ['url', 'https://x.io/a?b=c'], ['urlabsolute', 'http://x'], ['urlrelative', 'a/b'],
    ['uritemplate', 'https://x.io/{tenant}/devices/{id}'], ['uritemplate', '{+base}{/path*}'],
    ['xid', '/dirs/d1/files/f1/versions/2'], ['xid', '/'], ['xidtype', '/dirs/files/versions'], ['xidtype', '/'],
    ['any', { anything: [1, null] }],
  ];
  it.each(valid)('accepts a valid %s (%j)', (type, value) => {
    expect(check(value, { type })).toEqual([]);
  });

  const invalid: Array<[AttributeType, unknown, string]> = [
    ['boolean', 'true', 'attribute/invalid-type'],
    ['decimal', '1.5', 'attribute/invalid-type'],
    ['integer', 1.5, 'attribute/invalid-type'],
    ['uinteger', -1, 'attribute/invalid-type'],
    ['string', 5, 'attribute/invalid-type'],
    ['timestamp', '2024-02-30T00:00:00Z', 'attribute/invalid-value'],
    ['timestamp', '2024-01-01 00:00:00', 'attribute/invalid-value'],
    ['uri', 'has space', 'attribute/invalid-value'],
    ['uriabsolute', '/no/scheme', 'attribute/invalid-value'],
    ['urirelative', 'https://x.io', 'attribute/invalid-value'],
    ['urlabsolute', 'x.io/a', 'attribute/invalid-value'],
    ['uritemplate', 'https://x/{unclosed', 'attribute/invalid-value'],
    ['uritemplate', 'https://x/{bad name}', 'attribute/invalid-value'],
    ['xid', 'dirs/d1', 'attribute/invalid-value'],
    ['xid', '/unknowns/x', 'attribute/invalid-value'],
    ['xid', '/dirs/d1/files', 'attribute/invalid-value'],
    ['xid', '/dirs/d1/files/f1/nope', 'attribute/invalid-value'],
    ['xidtype', '/dirs/unknown', 'attribute/invalid-value'],
  ];
  it.each(invalid)('rejects an invalid %s (%j) with %s', (type, value, code) => {
    expect(check(value, { type })).toEqual([code]);
  });
});

describe('attribute aspects', () => {
  it('enforces a strict enum and suggests the right case', () => {
    const d = new Diagnostics();
    validateAttributes({ a: 'Text' }, { a: { name: 'a', type: 'string', enum: ['text', 'binary'] } }, { model: m, diagnostics: d, xid: '/', entity: 'x' });
    expect(d.items[0]!.code).toBe('attribute/not-in-enum');
    expect(d.items[0]!.args['suggestion']).toContain('"text"');
  });

  it('accepts any value when the enum is not strict', () => {
    expect(check('other', { type: 'string', enum: ['a'], strict: false })).toEqual([]);
  });

  it('checks targets of xid attributes, including the [/versions] form', () => {
    expect(check('/dirs/d1/files/f1', { type: 'xid', target: '/dirs/files[/versions]' })).toEqual([]);
    expect(check('/dirs/d1/files/f1/versions/1', { type: 'xid', target: '/dirs/files[/versions]' })).toEqual([]);
    expect(check('/dirs/d1', { type: 'xid', target: '/dirs/files' })).toEqual(['attribute/invalid-value']);
    expect(check('/dirs/d1/files/f1/versions/1', { type: 'xid', target: '/dirs/files' })).toEqual(['attribute/invalid-value']);
  });

  it('treats uri values starting with / as xids when the attribute has a target', () => {
    expect(check('/dirs/d1/notes/n1', { type: 'uri', target: '/dirs/files' })).toEqual(['attribute/invalid-value']);
    expect(check('https://elsewhere/x', { type: 'uri', target: '/dirs/files' })).toEqual([]);
  });

  it('rejects null array items and invalid map keys', () => {
    expect(check(['a', null], { type: 'array', item: { type: 'string' } })).toEqual(['attribute/null-item']);
    expect(check({ 'Bad Key': 'x' }, { type: 'map', item: { type: 'string' } })).toEqual(['attribute/invalid-map-key']);
    expect(check({ 'ok.key:1-x': 'x' }, { type: 'map', item: { type: 'string' } })).toEqual([]);
  });

  it('activates ifvalues siblings case-insensitively and rejects unknown attributes otherwise', () => {
    const defs: AttributeMap = {
      protocol: { name: 'protocol', type: 'string', ifvalues: { HTTP: { siblingattributes: { method: { name: 'method', type: 'string' } } } } },
    };
    const run = (values: Record<string, unknown>): string[] => {
      const d = new Diagnostics();
      validateAttributes(values, defs, { model: m, diagnostics: d, xid: '/', entity: 'x' });
      return d.items.map((i) => i.code);
    };
    expect(run({ protocol: 'http', method: 'POST' })).toEqual([]);
    expect(run({ protocol: 'MQTT', method: 'POST' })).toEqual(['attribute/unknown']);
  });

  it('applies namecharset extended to nested attribute names', () => {
    const defs: AttributeMap = { o: { name: 'o', type: 'object', namecharset: 'extended', attributes: { '*': { name: '*', type: 'any' } } } };
    const d = new Diagnostics();
    validateAttributes({ o: { 'bootstrap.servers': ['x'] } }, defs, { model: m, diagnostics: d, xid: '/', entity: 'x' });
    expect(d.items).toEqual([]);
    validateAttributes({ o: { 'bootstrap.servers': ['x'] } }, { o: { ...defs['o']!, namecharset: 'strict' } }, { model: m, diagnostics: d, xid: '/', entity: 'x' });
    expect(d.items.map((i) => i.code)).toEqual(['attribute/invalid-name']);
  });

  it('limits a scalar with its name to 4096 bytes', () => {
    expect(check('x'.repeat(4095), { type: 'string' })).toEqual([]);
    expect(check('x'.repeat(4096), { type: 'string' })).toEqual(['attribute/too-large']);
  });

  it('reports a required attribute that is missing, but not one with a default', () => {
    const d = new Diagnostics();
    validateAttributes({}, { a: { name: 'a', type: 'string', required: true }, b: { name: 'b', type: 'boolean', required: true, default: false } }, { model: m, diagnostics: d, xid: '/', entity: 'x' });
    expect(d.items.map((i) => [i.code, i.args['name']])).toEqual([['attribute/required-missing', 'a']]);
  });
});
