import { describe, expect, it } from 'vitest';
import { buildModel, type ModelSource } from '../src/index.js';

const noIncludes = (ref: string): string => `unknown include ${ref}`;
const codesOf = (src: ModelSource): string[] => buildModel(src, noIncludes).problems.map((p) => p.code).sort();
const res = (extra: Record<string, unknown>): ModelSource => ({ groups: { gs: { singular: 'g', resources: { rs: { singular: 'r', ...extra } } } } });
const attr = (def: Record<string, unknown>): ModelSource => res({ attributes: { a: def } });

describe('buildModel rejects invalid models with the spec model_* errors', () => {
  const cases: Array<[string, ModelSource, string[]]> = [
    ['an unknown key at the root', { groups: {}, bogus: 1 }, ['model/unknown-key']],
    ['an unknown key in a group type', { groups: { gs: { singular: 'g', colour: 'red' } } }, ['model/unknown-key']],
    ['an unknown key in a resource type', res({ maxversion: 3 }), ['model/unknown-key']],
    ['an unknown aspect of an attribute', attr({ type: 'string', requird: true }), ['model/unknown-key']],
    ['a missing singular', { groups: { gs: {} } }, ['model/missing-singular']],
    ['a plural that differs from its key', { groups: { gs: { plural: 'others', singular: 'g' } } }, ['model/plural-mismatch']],
    ['an invalid type name', { groups: { 'Bad-Name': { singular: 'g' } } }, ['model/invalid-type-name']],
    ['a type name of 58 characters', { groups: { [`g${'x'.repeat(57)}`]: { singular: 'g' } } }, ['model/invalid-type-name']],
    ['group names shared across group types', { groups: { as: { singular: 'x' }, bs: { singular: 'x' } } }, ['model/duplicate-type-name']],
    ['the binary type (not an rc4 type)', attr({ type: 'binary' }), ['model/invalid-type']],
    ['an upper-case attribute name', res({ attributes: { Bad: { type: 'string' } } }), ['model/invalid-attribute-name']],
    ['an attribute name starting with a digit', res({ attributes: { '1a': { type: 'string' } } }), ['model/invalid-attribute-name']],
    ['a default without required', attr({ type: 'string', default: 'x' }), ['model/required-true']],
    ['a default on a non-scalar', attr({ type: 'object', required: true, default: {} }), ['model/scalar-default']],
    ['a default outside a strict enum', attr({ type: 'string', required: true, default: 'z', enum: ['a', 'b'] }), ['model/default-not-in-enum']],
    ['an enum on an array', attr({ type: 'array', item: { type: 'string' }, enum: ['a'] }), ['model/aspect-not-allowed']],
    ['a map without item', attr({ type: 'map' }), ['model/missing-item']],
    ['a target on a string', attr({ type: 'string', target: '/gs' }), ['model/aspect-not-allowed']],
    ['a target naming an unknown type', attr({ type: 'xid', target: '/nopes' }), ['model/invalid-target']],
    ['ifvalues on an object', attr({ type: 'object', ifvalues: { x: { siblingattributes: {} } } }), ['model/aspect-not-allowed']],
    ['ifvalues keys equal ignoring case', attr({ type: 'string', ifvalues: { A: { siblingattributes: {} }, a: { siblingattributes: {} } } }), ['model/invalid-value']],
    ['an ifvalues key starting with ^', attr({ type: 'string', ifvalues: { '^x': { siblingattributes: {} } } }), ['model/invalid-value']],
    ['matchversions on meta', res({ metaattributes: { m: { type: 'string', matchversions: true } } }), ['model/aspect-not-allowed']],
    ['validatecompatibility without validateformat', res({ validatecompatibility: true }), ['model/compatibility-needs-format']],
    ['semver mode without singleversionroot', res({ versionmode: 'semver' }), ['model/versionmode-needs-single-root']],
    ['an unknown versionmode', res({ versionmode: 'newest' }), ['model/unknown-versionmode']],
    ['a typemap value other than binary, json, string', res({ typemap: { 'text/*': 'text' } }), ['model/invalid-typemap']],
    ['a spec attribute retyped', res({ attributes: { name: { type: 'integer' } } }), ['model/spec-attribute-weakened']],
    ['a required spec attribute made optional', res({ metaattributes: { defaultversionid: { type: 'string', required: false } } }), ['model/spec-attribute-weakened']],
    ['a readonly spec attribute made writable', res({ attributes: { epoch: { type: 'uinteger', readonly: false } } }), ['model/spec-attribute-weakened']],
    ['a constraint on an unknown attribute', { groups: { gs: { singular: 'g', constraints: { 'rs.nope': { enum: ['a'] } }, resources: { rs: { singular: 'r' } } } } }, ['model/invalid-constraint']],
    ['a constraint equals naming no group attribute', { groups: { gs: { singular: 'g', constraints: { 'rs.format': { equals: 'nope' } }, resources: { rs: { singular: 'r' } } } } }, ['model/invalid-constraint']],
    ['$include and $includes at one level', { groups: { $include: 'a#/groups', $includes: ['b#/groups'] } }, ['model/include-both']],
    ['an include that cannot be loaded', { groups: { $include: 'missing.json#/groups' } }, ['model/include-not-found']],
    ['importing its own resource type', { groups: { gs: { singular: 'g', ximportresources: ['/gs/rs'], resources: { rs: { singular: 'r' } } } } }, ['model/import-invalid']],
    ['importing an unknown resource type', { groups: { gs: { singular: 'g', ximportresources: ['/others/xs'] } } }, ['model/import-invalid']],
  ];
  it.each(cases)('%s', (_name, src, expected) => {
    expect(codesOf(src)).toEqual(expected);
  });
});

describe('buildModel produces the full model', () => {
  it('accepts a valid model with no problems and fills in names, plurals and defaults', () => {
    const { model, problems } = buildModel(res({ attributes: { size: { type: 'uinteger' } } }), noIncludes);
    expect(problems).toEqual([]);
    const r = model.groups['gs']!.resources['rs']!;
    expect(r).toMatchObject({ plural: 'rs', singular: 'r', maxversions: 0, setversionid: true, hasdocument: true, versionmode: 'manual', singleversionroot: false });
    expect(r.attributes['size']).toEqual({ name: 'size', type: 'uinteger' });
  });

  it('overlays the spec attributes of every level in spec order', () => {
    const { model } = buildModel(res({}), noIncludes);
    expect(Object.keys(model.attributes)).toEqual([
      'specversion', 'registryid', 'self', 'shortself', 'xid', 'epoch', 'name', 'description', 'documentation', 'icon', 'labels',
      'createdat', 'modifiedat', 'capabilities', 'model', 'modelsource', 'gsurl', 'gscount', 'gs',
    ]);
    const g = model.groups['gs']!;
    expect(Object.keys(g.attributes)).toContain('gid');
    expect(Object.keys(g.attributes).slice(-3)).toEqual(['rsurl', 'rscount', 'rs']);
    const r = g.resources['rs']!;
    expect(Object.keys(r.attributes).slice(0, 3)).toEqual(['rid', 'versionid', 'self']);
    expect(Object.keys(r.attributes).slice(-3)).toEqual(['rurl', 'r', 'rbase64']);
    expect(Object.keys(r.metaattributes)).toContain('defaultversionsticky');
    expect(Object.keys(r.resourceattributes)).toEqual(['rid', 'self', 'shortself', 'xid', 'metaurl', 'meta', 'versionsurl', 'versionscount', 'versions']);
  });

  it('leaves out the document attributes when hasdocument is false', () => {
    const { model } = buildModel(res({ hasdocument: false }), noIncludes);
    expect(Object.keys(model.groups['gs']!.resources['rs']!.attributes)).not.toContain('r');
  });

  it('lets a model narrow a spec attribute but keeps its required and readonly aspects', () => {
    const { model, problems } = buildModel(res({ attributes: { format: { type: 'string', required: true, matchversions: true } } }), noIncludes);
    expect(problems).toEqual([]);
    expect(model.groups['gs']!.resources['rs']!.attributes['format']).toEqual({ name: 'format', type: 'string', required: true, matchversions: true });
  });

  it('resolves $includes in order, local members winning, and accepts the non-pointer #groups form', () => {
    const docs: Record<string, unknown> = {
      'a.json': { groups: { as: { singular: 'a' }, shared: { singular: 'froma' } } },
      'b.json': { groups: { bs: { singular: 'b' }, shared: { singular: 'fromb' } } },
    };
    const load = (ref: string): { id: string; document: unknown } | string => (docs[ref] ? { id: ref, document: docs[ref] } : 'missing');
    const { model, problems } = buildModel({ groups: { $includes: ['a.json#groups', 'b.json#/groups'], local: { singular: 'l' } } }, load);
    expect(problems).toEqual([]);
    expect(Object.keys(model.groups)).toEqual(['local', 'as', 'shared', 'bs']);
    expect(model.groups['shared']!.singular).toBe('froma');
  });

  it('reports an include cycle instead of looping', () => {
    const docs: Record<string, unknown> = { 'a.json': { groups: { $include: 'b.json#/groups' } }, 'b.json': { groups: { $include: 'a.json#/groups' } } };
    const load = (ref: string): { id: string; document: unknown } => ({ id: ref, document: docs[ref] });
    const { problems } = buildModel({ $include: 'a.json' }, load);
    expect(problems.map((p) => p.code)).toContain('model/include-cycle');
  });

  it('copies imported resource types into the importing group type (ximportresources)', () => {
    const { model, problems } = buildModel(
      { groups: { ms: { singular: 'm', resources: { items: { singular: 'item', hasdocument: false } } }, es: { singular: 'e', ximportresources: ['/ms/items'] } } },
      noIncludes,
    );
    expect(problems).toEqual([]);
    expect(model.groups['es']!.resources['items']!.hasdocument).toBe(false);
    expect(Object.keys(model.groups['es']!.attributes)).toContain('itemsurl');
  });
});
