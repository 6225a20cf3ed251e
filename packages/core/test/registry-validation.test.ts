import { describe, expect, it } from 'vitest';
import { codes, model, validateText } from './helpers/fixtures.js';

const doc = (dirs: unknown): string => JSON.stringify({ registryid: 'r1', dirs }, null, 2);

describe('validating an xRegistry document against its model', () => {
  const cases: Array<[string, unknown, string[]]> = [
    ['a valid registry', { d1: { owner: 'me', files: { f1: { versions: { '1': { size: 3, kind: 'text' } } } }, notes: { n1: { text: 'hi' } } } }, []],
    ['an unknown attribute on a strict resource', { d1: { files: { f1: { versions: { '1': { sise: 3 } } } } } }, ['attribute/unknown']],
    ['a wrongly typed attribute', { d1: { files: { f1: { size: 'big' } } } }, ['attribute/invalid-type']],
    ['a value outside a strict enum', { d1: { files: { f1: { kind: 'audio' } } } }, ['attribute/not-in-enum']],
    ['a required attribute missing', { d1: { notes: { n1: {} } } }, ['attribute/required-missing']],
    ['a group id that breaks the id syntax', { 'bad id': {} }, ['id/malformed']],
    ['ids equal ignoring case in one collection', { d1: {}, D1: {} }, ['id/duplicate']],
    ['an embedded id that differs from its key', { d1: { dirid: 'd2' } }, ['id/mismatched']],
    ['a resource id that differs from its key', { d1: { files: { f1: { fileid: 'f2' } } } }, ['id/mismatched']],
    ['a version id that differs from its key', { d1: { files: { f1: { versions: { '1': { versionid: '2' } } } } } }, ['id/mismatched']],
    ['two document attributes on one version', { d1: { files: { f1: { file: 'x', fileurl: 'https://x/y' } } } }, ['document/one-resource']],
    ['a document on a type without documents', { d1: { notes: { n1: { text: 'x', note: 'doc' } } } }, ['document/hasdocument-violation']],
    ['invalid base64', { d1: { files: { f1: { filebase64: '***' } } } }, ['document/invalid-base64']],
    ['more versions than maxversions', { d1: { notes: { n1: { versions: { '1': { text: 'a' }, '2': { text: 'b' } } } } } }, ['version/too-many']],
    ['an unknown ancestor', { d1: { files: { f1: { versions: { '1': { ancestorid: '9' } } } } } }, ['version/unknown-ancestor']],
    ['an ancestor cycle', { d1: { files: { f1: { versions: { '1': { ancestorid: '2' }, '2': { ancestorid: '1' } } } } } }, ['version/ancestor-cycle']],
    ['a sticky default naming no version', { d1: { files: { f1: { meta: { defaultversionsticky: true, defaultversionid: '7' }, versions: { '1': {} } } } } }, ['version/sticky-unknown']],
    ['a sticky default with maxversions 1', { d1: { notes: { n1: { text: 'x', meta: { defaultversionsticky: true } } } } }, ['version/sticky-single']],
    ['removal before effective', { d1: { deprecated: { effective: '2025-01-01T00:00:00Z', removal: '2024-01-01T00:00:00Z' } } }, ['attribute/deprecated-dates']],
    ['an invalid compatibility value', { d1: { files: { f1: { meta: { compatibility: 'none' } } } } }, ['attribute/not-in-enum']],
    ['a malformed xref', { d1: { files: { f1: { meta: { xref: '/dirs/d1/notes/n1' } } } } }, ['xref/malformed']],
    ['an xref with versions', { d1: { files: { f1: { meta: { xref: '/dirs/d1/files/f2' }, versions: { '1': {} } }, f2: {} } } }, ['xref/extra-attribute']],
    ['a dangling xref (a warning)', { d1: { files: { f1: { meta: { xref: '/dirs/d9/files/f9' } } } } }, ['xref/dangling']],
    ['a defaultversionid on the resource (belongs in meta)', { d1: { files: { f1: { defaultversionid: '1', size: 1 } } } }, ['version/misplaced-meta-attribute']],
    ['an empty name', { d1: { name: '' } }, ['attribute/empty']],
    ['labels with an invalid key', { d1: { labels: { Env: 'x' } } }, ['attribute/invalid-map-key']],
    ['an unknown group type', { d1: {} }, []],
  ];
  it.each(cases)('%s', (_n, dirs, expected) => {
    expect(codes(validateText(doc(dirs)))).toEqual(expected);
  });

  it('reports an unknown group type with a suggestion', () => {
    const d = validateText(JSON.stringify({ dirgroups: { d1: {} } }));
    expect(d.items.map((i) => i.code)).toEqual(['entity/unknown-group-type']);
  });

  it('locates diagnostics at the line and column of the offending key', () => {
    const text = '{\n  "dirs": {\n    "d1": {\n      "files": {\n        "f1": { "sise": 3 }\n      }\n    }\n  }\n}\n';
    const d = validateText(text);
    expect(d.items.map((i) => [i.code, i.location.xid, i.location.line, i.location.column])).toEqual([['attribute/unknown', '/dirs/d1/files/f1/versions/1', 5, 17]]);
    expect(d.items[0]!.args['suggestion']).toBe(' Did you mean "size"?');
  });

  it('locates diagnostics in YAML too', () => {
    const d = validateText('dirs:\n  d1:\n    notes:\n      n1:\n        text: 5\n', model(), 'doc.yaml');
    expect(d.items.map((i) => [i.code, i.location.file, i.location.line, i.location.column])).toEqual([['attribute/invalid-type', 'doc.yaml', 5, 9]]);
  });

  it('checks group constraints: equals against a group attribute and enum', () => {
    const m = model({
      groups: {
        gs: {
          singular: 'g',
          attributes: { format: { type: 'string' } },
          constraints: { 'rs.format': { equals: 'format' } },
          resources: { rs: { singular: 'r', attributes: { format: { type: 'string' } } } },
        },
      },
    });
    const ok = JSON.stringify({ gs: { g1: { format: 'Avro/1.11', rs: { a: { format: 'avro/1.11' } } } } });
    expect(codes(validateText(ok, m))).toEqual([]);
    const bad = JSON.stringify({ gs: { g1: { format: 'Avro/1.11', rs: { a: { format: 'Protobuf/3' } } } } });
    expect(codes(validateText(bad, m))).toEqual(['constraint/failure']);
    const unset = JSON.stringify({ gs: { g1: { rs: { a: { format: 'Protobuf/3' } } } } });
    expect(codes(validateText(unset, m))).toEqual([]);
    const narrowed = JSON.stringify({ gs: { g1: { constraints: { 'rs.format': { enum: ['Avro/1.11'] } }, rs: { a: { format: 'Protobuf/3' } } } } });
    expect(codes(validateText(narrowed, m))).toEqual(['constraint/failure']);
  });

  it('requires matchversions attributes to agree across versions', () => {
    const m = model({ groups: { gs: { singular: 'g', resources: { rs: { singular: 'r', attributes: { format: { type: 'string', matchversions: true } } } } } } });
    const bad = JSON.stringify({ gs: { g1: { rs: { a: { versions: { '1': { format: 'Avro/1.9' }, '2': { format: 'Avro/1.11' } } } } } } });
    expect(codes(validateText(bad, m))).toEqual(['version/mismatched-attribute']);
  });

  it('rejects client version ids when setversionid is false, unless they are 1, 2, ...', () => {
    const m = model({ groups: { gs: { singular: 'g', resources: { rs: { singular: 'r', setversionid: false } } } } });
    expect(codes(validateText(JSON.stringify({ gs: { g1: { rs: { a: { versions: { v1: {} } } } } } }), m))).toEqual(['version/id-not-allowed']);
    expect(codes(validateText(JSON.stringify({ gs: { g1: { rs: { a: { versions: { '1': {}, '2': {} } } } } } }), m))).toEqual([]);
  });

  it('requires a single root when singleversionroot is set', () => {
    const m = model({ groups: { gs: { singular: 'g', resources: { rs: { singular: 'r', singleversionroot: true } } } } });
    const two = JSON.stringify({ gs: { g1: { rs: { a: { versions: { '1': { ancestorid: '1' }, '2': { ancestorid: '2' } } } } } } });
    expect(codes(validateText(two, m))).toEqual(['version/multiple-roots']);
  });
});
