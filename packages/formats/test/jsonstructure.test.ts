import { describe, expect, it } from 'vitest';
import { formatFor, jsonStructureModule } from '../src/index.js';
import { bytes } from './load-fixture.js';

const F = 'JsonStructure/draft-04';
const head = { $schema: 'https://json-structure.org/meta/core/v0/#', $id: 'https://example.com/schemas/Order' };
const order = { ...head, name: 'Order', type: 'object', properties: { id: { type: 'uuid' }, total: { type: 'decimal', precision: 10, scale: 2 } }, required: ['id'] };

describe('JSON Structure validation', () => {
  it.each<[string, unknown, Array<[string, string]>]>([
    ['an object type with properties is valid', order, []],
    ['a $root pointing into definitions is valid', { ...head, $root: '#/definitions/shop/Order', definitions: { shop: { Order: { type: 'object', properties: { id: { type: 'string' } } } } } }, []],
    ['a type reference that resolves is valid', { ...head, name: 'L', type: 'array', items: { type: { $ref: '#/definitions/Line' } }, definitions: { Line: { type: 'object', properties: { sku: { type: 'string' } } } } }, []],
    ['$schema and $id are required', { name: 'X', type: 'string' }, [['jsonstructure/invalid-structure', '/$schema'], ['jsonstructure/invalid-structure', '/$id']]],
    ['an unknown type name is an error', { ...head, name: 'X', type: 'strng' }, [['jsonstructure/invalid-structure', '/type']]],
    ['an object without properties is an error', { ...head, name: 'X', type: 'object' }, [['jsonstructure/invalid-structure', '']]],
    ['a map without values is an error', { ...head, name: 'X', type: 'map' }, [['jsonstructure/invalid-structure', '']]],
    ['type and $root together are an error', { ...order, $root: '#/definitions/Order', definitions: { Order: order } }, [['jsonstructure/invalid-structure', '/$root']]],
    ['a dangling $ref is an error', { ...head, name: 'X', type: 'array', items: { type: { $ref: '#/definitions/Missing' } } }, [['jsonstructure/invalid-structure', '/items/type/$ref']]],
    ['required must name declared properties', { ...order, required: ['nope'] }, [['jsonstructure/invalid-structure', '/required']]],
    ['a tuple must list every property in order', { ...head, name: 'P', type: 'tuple', properties: { a: { type: 'string' }, b: { type: 'int32' } }, tuple: ['a'] }, [['jsonstructure/invalid-structure', '/tuple']]],
  ])('%s', (_name, doc, expected) => {
    expect(jsonStructureModule.validate(bytes(doc), F).map((f) => [f.code, f.pointer])).toEqual(expected);
  });

  it('a misspelt type name suggests the right one', () => {
    const [f] = jsonStructureModule.validate(bytes({ ...head, name: 'X', type: 'strng' }), F);
    expect(f?.args.detail).toBe('unknown type "strng"; did you mean "string"?');
  });
});

describe('JSON Structure compatibility', () => {
  it('an unchanged document is compatible', () => {
    expect(jsonStructureModule.compare(bytes(order), bytes(order), 'backward', F)).toEqual({ verdict: 'compatible' });
  });

  it('a changed document is unknown, never compatible', () => {
    const changed = { ...order, required: [] };
    expect(jsonStructureModule.compare(bytes(order), bytes(changed), 'forward', F).verdict).toBe('unknown');
  });

  it('the format JsonStructure/draft-04 is handled by the JSON Structure module', () => {
    expect(formatFor('jsonstructure/DRAFT-04')?.id).toBe('jsonstructure');
  });
});
