import { describe, expect, it } from 'vitest';
import { ApiView, Diagnostics, exportDocument, registryFromDocument, resolveXrefs, serializeJson, type ViewState } from '../src/index.js';
import { model } from './helpers/fixtures.js';

const m = model();
const input = {
  registryid: 'demo',
  name: 'Demo',
  dirs: {
    d1: {
      owner: 'ops',
      files: {
        f1: {
          meta: { compatibility: 'backward' },
          versions: {
            '1': { file: { type: 'object' }, createdat: '2024-01-01T00:00:00Z' },
            '2': { file: 'plain text', contenttype: 'text/plain', description: 'second', createdat: '2024-02-01T00:00:00Z' },
          },
        },
        'f~x': { fileurl: 'https://elsewhere.example/f.json' },
      },
      notes: { n1: { text: 'hello' } },
    },
  },
};

function state(): ViewState {
  const d = new Diagnostics();
  const registry = registryFromDocument(input, { model: m, diagnostics: d, file: 'in.json' });
  expect(d.items).toEqual([]);
  return {
    registry,
    model: m,
    times: () => ({ epoch: 3, createdat: '2023-06-01T00:00:00Z', modifiedat: '2023-07-01T00:00:00Z' }),
    capabilities: { flags: [] },
    modelsource: {},
  };
}

describe('the API view', () => {
  const view = new ApiView(state(), 'https://reg.example/api/');

  it('serializes the registry with absolute urls and a count for every group type', () => {
    expect(view.registry()).toEqual({
      specversion: '1.0-rc4',
      registryid: 'demo',
      self: 'https://reg.example/api/',
      xid: '/',
      epoch: 3,
      name: 'Demo',
      createdat: '2023-06-01T00:00:00Z',
      modifiedat: '2023-07-01T00:00:00Z',
      dirsurl: 'https://reg.example/api/dirs',
      dirscount: 1,
    });
  });

  it('serializes a group with its resource collection urls and counts', () => {
    const g = view.groups('dirs')['d1'] as Record<string, unknown>;
    expect(Object.keys(g)).toEqual(['dirid', 'self', 'xid', 'epoch', 'createdat', 'modifiedat', 'owner', 'filesurl', 'filescount', 'notesurl', 'notescount']);
    expect(g['filescount']).toBe(2);
  });

  it('serializes a resource as its default version plus resource urls, with $details on self', () => {
    const group = state().registry.groups.get('dirs')!.get('d1')!;
    const r = view.resources('dirs', group, 'files')['f1'] as Record<string, unknown>;
    expect(r).toEqual({
      fileid: 'f1',
      versionid: '2',
      self: 'https://reg.example/api/dirs/d1/files/f1$details',
      xid: '/dirs/d1/files/f1',
      epoch: 3,
      isdefault: true,
      description: 'second',
      createdat: '2024-02-01T00:00:00Z',
      modifiedat: '2023-07-01T00:00:00Z',
      ancestorid: '1',
      contenttype: 'text/plain',
      metaurl: 'https://reg.example/api/dirs/d1/files/f1/meta',
      versionsurl: 'https://reg.example/api/dirs/d1/files/f1/versions',
      versionscount: 2,
    });
  });

  it('serializes meta with the required defaulted attributes always present', () => {
    const group = state().registry.groups.get('dirs')!.get('d1')!;
    const r = group.resources.get('files')!.get('f1')!;
    expect(view.meta('dirs', group, 'files', r)).toEqual({
      fileid: 'f1',
      self: 'https://reg.example/api/dirs/d1/files/f1/meta',
      xid: '/dirs/d1/files/f1/meta',
      epoch: 3,
      createdat: '2023-06-01T00:00:00Z',
      modifiedat: '2023-07-01T00:00:00Z',
      readonly: false,
      compatibility: 'backward',
      defaultversionid: '2',
      defaultversionurl: 'https://reg.example/api/dirs/d1/files/f1/versions/2$details',
      defaultversionsticky: false,
    });
  });

  it('never adds $details for resource types without documents', () => {
    const group = state().registry.groups.get('dirs')!.get('d1')!;
    const n = view.resources('dirs', group, 'notes')['n1'] as Record<string, unknown>;
    expect(n['self']).toBe('https://reg.example/api/dirs/d1/notes/n1');
    expect(n['text']).toBe('hello');
  });

  it('keeps <RESOURCE>url and never inlines documents', () => {
    const group = state().registry.groups.get('dirs')!.get('d1')!;
    const r = view.resources('dirs', group, 'files')['f~x'] as Record<string, unknown>;
    expect(r['fileurl']).toBe('https://elsewhere.example/f.json');
    expect(r['file']).toBeUndefined();
  });
});

describe('the doc view (/export)', () => {
  const doc = exportDocument(state());

  it('inlines everything with #-pointer urls, escaping ~ in ids', () => {
    const d1 = (doc['dirs'] as Record<string, Record<string, unknown>>)['d1']!;
    const files = d1['files'] as Record<string, Record<string, unknown>>;
    expect(doc['self']).toBe('#/');
    expect(doc['dirsurl']).toBe('#/dirs');
    expect(files['f~x']!['self']).toBe('#/dirs/d1/files/f~0x');
    expect(files['f1']!['metaurl']).toBe('#/dirs/d1/files/f1/meta');
    expect((files['f1']!['meta'] as Record<string, unknown>)['defaultversionurl']).toBe('#/dirs/d1/files/f1/versions/2');
  });

  it('drops default-version attributes from resources and inlines documents by typemap', () => {
    const f1 = ((doc['dirs'] as Record<string, Record<string, unknown>>)['d1']!['files'] as Record<string, Record<string, unknown>>)['f1']!;
    expect(Object.keys(f1)).toEqual(['fileid', 'self', 'xid', 'metaurl', 'meta', 'versionsurl', 'versionscount', 'versions']);
    const versions = f1['versions'] as Record<string, Record<string, unknown>>;
    expect(versions['1']!['file']).toEqual({ type: 'object' });
    expect(versions['2']!['file']).toBe('plain text');
  });

  it('puts capabilities and modelsource before the group collections and has no model', () => {
    expect(Object.keys(doc).slice(-5)).toEqual(['capabilities', 'modelsource', 'dirsurl', 'dirscount', 'dirs']);
    expect(doc['model']).toBeUndefined();
  });

  it('is byte-for-byte deterministic', () => {
    expect(serializeJson(exportDocument(state()))).toBe(serializeJson(doc));
  });
});

describe('cross-referencing resources (meta.xref) in the views', () => {
  const doc = {
    dirs: {
      d1: {
        files: {
          target: { meta: { compatibility: 'backward' }, versions: { '1': { file: 'one', description: 'the target' } } },
          alias: { meta: { xref: '/dirs/d1/files/target' } },
          lost: { meta: { xref: '/dirs/d9/files/none' } },
        },
      },
    },
  };
  const xstate = (): ViewState => {
    const registry = resolveXrefs(registryFromDocument(doc, { model: m, diagnostics: new Diagnostics(), file: 'x.json' }));
    return { registry, model: m, times: () => ({ epoch: 1, createdat: '2024-01-01T00:00:00Z', modifiedat: '2024-01-01T00:00:00Z' }), capabilities: {}, modelsource: {} };
  };

  it('shows the target attributes under the source ids and urls, plus xref (API view)', () => {
    const s = xstate();
    const view = new ApiView(s, 'https://r.example');
    const group = s.registry.groups.get('dirs')!.get('d1')!;
    const alias = group.resources.get('files')!.get('alias')!;
    expect(view.resource('dirs', group, 'files', alias)).toMatchObject({ fileid: 'alias', xid: '/dirs/d1/files/alias', description: 'the target', versionscount: 1 });
    expect(view.meta('dirs', group, 'files', alias)).toMatchObject({ fileid: 'alias', xref: '/dirs/d1/files/target', compatibility: 'backward', defaultversionid: '1' });
  });

  it('shows only ids and xref for a dangling reference', () => {
    const s = xstate();
    const group = s.registry.groups.get('dirs')!.get('d1')!;
    const lost = group.resources.get('files')!.get('lost')!;
    expect(new ApiView(s, 'https://r.example').meta('dirs', group, 'files', lost)).toEqual({ fileid: 'lost', self: 'https://r.example/dirs/d1/files/lost/meta', xid: '/dirs/d1/files/lost/meta', xref: '/dirs/d9/files/none' });
  });

  it('keeps only ids and xref in the doc view, so the export re-imports as a cross reference', () => {
    const exported = exportDocument(xstate());
    const alias = ((exported['dirs'] as Record<string, Record<string, unknown>>)['d1']!['files'] as Record<string, Record<string, unknown>>)['alias']!;
    expect(alias['meta']).toEqual({ fileid: 'alias', self: '#/dirs/d1/files/alias/meta', xid: '/dirs/d1/files/alias/meta', xref: '/dirs/d1/files/target' });
    expect(alias['versions']).toBeUndefined();
  });
});

describe('ids that are Object.prototype members', () => {
  it('keep "__proto__" as an ordinary member of collection maps and as an attribute', () => {
    const registry = registryFromDocument(JSON.parse('{"dirs": {"__proto__": {"owner": "x"}, "d": {}}}'), { model: m, diagnostics: new Diagnostics(), file: 'p.json' });
    const s: ViewState = { registry, model: m, times: () => ({ epoch: 1, createdat: '2024-01-01T00:00:00Z', modifiedat: '2024-01-01T00:00:00Z' }), capabilities: {}, modelsource: {} };
    const groups = new ApiView(s, 'https://r.example').groups('dirs');
    expect(Object.keys(groups)).toEqual(['__proto__', 'd']);
    expect(JSON.parse(serializeJson(groups))['__proto__']).toMatchObject({ dirid: '__proto__', owner: 'x' });
  });
});
