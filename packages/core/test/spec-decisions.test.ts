import { describe, expect, it } from 'vitest';
import { buildModel, buildRegistryModel, Diagnostics, registryFromDocument, resolveBuiltinInclude, type ModelSource } from '../src/index.js';
import { codes, validateText } from './helpers/fixtures.js';

// Each test pins one decision on a known inconsistency of xRegistry v1.0-rc4
// (spec-domains-digest appendix A, spec-core-digest ⚠ marks). Changing a decision must change a test.
const ce = buildRegistryModel(undefined).model;
const noIncludes = (): string => 'none';

describe('decisions on the spec inconsistencies', () => {
  it('A.11: the non-pointer include fragment #groups is read as #/groups', () => {
    const { model, problems } = buildRegistryModel({ groups: { $includes: ['../schema/model.json#groups'] } });
    expect(problems).toEqual([]);
    expect(Object.keys(model.groups)).toEqual(['schemagroups']);
    expect(resolveBuiltinInclude('xregistry:message#groups')).toEqual(resolveBuiltinInclude('xregistry:message#/groups'));
  });

  it('A.6: the endpoint messagegroups target is /messagegroups (a group), not /messagegroups/messages', () => {
    const doc = { endpoints: { e1: { usage: ['producer'], messagegroups: ['/messagegroups/g1'] } }, messagegroups: { g1: {} } };
    expect(codes(validateText(JSON.stringify(doc), ce))).toEqual([]);
  });

  it('A.6: an enum on the usage array is enforced on its items', () => {
    const doc = { endpoints: { e1: { usage: ['publisher'] } } };
    expect(codes(validateText(JSON.stringify(doc), ce))).toContain('attribute/not-in-enum');
  });

  it('A.1: basemessage and basemessageurl are accepted and emitted as basemessageuri', () => {
    const d = new Diagnostics();
    const doc = { messagegroups: { g: { messages: { a: {}, b: { basemessage: '/messagegroups/g/messages/a' } } } } };
    expect(codes(validateText(JSON.stringify(doc), ce))).toEqual([]);
    const registry = registryFromDocument(doc, { model: ce, diagnostics: d, file: 'x.json' });
    expect(registry.groups.get('messagegroups')!.get('g')!.resources.get('messages')!.get('b')!.versions.get('1')!.attributes['basemessage']).toBe('/messagegroups/g/messages/a');
  });

  it('A.4: a CloudEvents subject may be declared with type uri, as the spec example does', () => {
    const doc = {
      messagegroups: {
        g: { messages: { m: { envelope: 'CloudEvents/1.0', envelopemetadata: { type: { value: 'm' }, source: { value: '/s' }, subject: { type: 'uri' } } } } },
      },
    };
    expect(codes(validateText(JSON.stringify(doc), ce))).not.toContain('attribute/not-in-enum');
  });

  it('core §1.8: meta.xref is an xid; a model that types it url is still accepted', () => {
    const src: ModelSource = { groups: { gs: { singular: 'g', resources: { rs: { singular: 'r', metaattributes: { xref: { type: 'url' } } } } } } };
    expect(buildModel(src, noIncludes).problems).toEqual([]);
  });

  it('core §2.3: type names are limited to 57 characters, also group singulars', () => {
    const src: ModelSource = { groups: { gs: { singular: `g${'x'.repeat(57)}` } } };
    expect(buildModel(src, noIncludes).problems.map((p) => p.code)).toEqual(['model/invalid-type-name']);
  });

  it('core §1.3: equal ids in different collections of one parent are fine; ids differing only in case there are a warning', () => {
    const same = { schemagroups: { 'a.b': {} }, messagegroups: { 'a.b': {} } };
    expect(codes(validateText(JSON.stringify(same), ce))).toEqual([]);
    const cased = { schemagroups: { 'a.b': {} }, messagegroups: { 'A.B': {} } };
    expect(codes(validateText(JSON.stringify(cased), ce))).toEqual(['id/case-clash-across-collections']);
  });

  it('a string <RESOURCE> without contenttype is the document text itself (Protobuf and XSD samples)', () => {
    const d = new Diagnostics();
    const registry = registryFromDocument({ schemagroups: { g: { schemas: { s: { format: 'Protobuf/3', schema: 'syntax = "proto3";' } } } } }, { model: ce, diagnostics: d, file: 'x.json' });
    const v = registry.groups.get('schemagroups')!.get('g')!.resources.get('schemas')!.get('s')!.versions.get('1')!;
    expect(new TextDecoder().decode(v.document)).toBe('syntax = "proto3";');
  });

  it('schema §4.3: format names are case-insensitive, but misspelt defined names are errors', () => {
    const ok = { schemagroups: { g: { schemas: { s: { format: 'JSONSchema/Draft-07', schema: {} } } } } };
    expect(codes(validateText(JSON.stringify(ok), ce))).toEqual([]);
    const bad = { schemagroups: { g: { schemas: { s: { format: 'XMLSchema/1.1', schema: '<x/>' } } } } };
    expect(codes(validateText(JSON.stringify(bad), ce))).toEqual(['format/noncanonical-name']);
  });

  it('A.10: there is no compatibility value "none"', () => {
    const doc = { schemagroups: { g: { schemas: { s: { meta: { compatibility: 'none' }, format: 'Avro/1.11', schema: {} } } } } };
    expect(codes(validateText(JSON.stringify(doc), ce))).toEqual(['attribute/not-in-enum']);
  });

  it('core §3.5: defaultversionid written on the Resource is ignored with a warning (it belongs in meta)', () => {
    const doc = { schemagroups: { g: { schemas: { s: { defaultversionid: '1', format: 'Avro/1.11', schema: {} } } } } };
    expect(codes(validateText(JSON.stringify(doc), ce))).toEqual(['version/misplaced-meta-attribute']);
  });
});
