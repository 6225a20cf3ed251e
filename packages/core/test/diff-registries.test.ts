import { describe, expect, it } from 'vitest';
import { Diagnostics, diffRegistries, registryFromDocument } from '../src/index.js';
import { model } from './helpers/fixtures.js';

const m = model();
const reg = (doc: unknown) => registryFromDocument(doc, { model: m, diagnostics: new Diagnostics(), file: 'x.json' });

describe('the registry diff between two states', () => {
  const before = reg({ name: 'A', dirs: { d1: { owner: 'x', files: { f1: { versions: { '1': { file: 'one', size: 1 } } }, gone: { file: 'z' } } } } });
  const after = reg({
    name: 'B',
    dirs: {
      d1: { owner: 'x', files: { f1: { meta: { compatibility: 'backward' }, versions: { '1': { file: 'one', size: 2 }, '2': { file: 'two' } } } } },
      d2: {},
    },
  });
  const diff = diffRegistries(before, after);

  it('lists entities added, removed and changed, sorted by xid', () => {
    expect(diff.changes.map((c) => [c.kind, c.level, c.xid])).toEqual([
      ['changed', 'registry', '/'],
      ['changed', 'resource', '/dirs/d1/files/f1'],
      ['changed', 'version', '/dirs/d1/files/f1/versions/1'],
      ['added', 'version', '/dirs/d1/files/f1/versions/2'],
      ['removed', 'resource', '/dirs/d1/files/gone'],
      ['removed', 'version', '/dirs/d1/files/gone/versions/1'],
      ['added', 'group', '/dirs/d2'],
    ]);
  });

  it('gives attribute-level detail, meta changes on the resource', () => {
    expect(diff.changes[0]!.attributes).toEqual([{ name: 'name', before: 'A', after: 'B' }]);
    expect(diff.changes[1]!.attributes).toEqual([{ name: 'compatibility', after: 'backward' }]);
    expect(diff.changes[2]).toMatchObject({ attributes: [{ name: 'size', before: 1, after: 2 }] });
    expect(diff.changes[2]!.documentChanged).toBeUndefined();
  });

  it('reports a document change without attribute changes', () => {
    const d = diffRegistries(reg({ dirs: { d1: { files: { f: { file: 'a' } } } } }), reg({ dirs: { d1: { files: { f: { file: 'b' } } } } }));
    expect(d.changes).toEqual([{ kind: 'changed', level: 'version', xid: '/dirs/d1/files/f/versions/1', attributes: [], documentChanged: true }]);
  });

  it('is empty for identical registries', () => {
    expect(diffRegistries(before, reg({ name: 'A', dirs: { d1: { owner: 'x', files: { f1: { versions: { '1': { file: 'one', size: 1 } } }, gone: { file: 'z' } } } } })).changes).toEqual([]);
  });
});
