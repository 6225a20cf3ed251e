import { serializeJson } from '@xrgit/core';
import { describe, expect, it } from 'vitest';
import { isExportError, renderSite, type HostProfile, type SiteTree } from '../src/index.js';
import { fixtureState } from './fixture-state.js';

const render = (profile: HostProfile, baseUrl = 'https://reg.example/api/'): SiteTree => renderSite(fixtureState(), { baseUrl, profile, toolVersion: '0.1.0', commit: 'c0ffee' });
const text = (tree: SiteTree, path: string): string => new TextDecoder().decode(tree.get(path)!.bytes);
const json = (tree: SiteTree, path: string): Record<string, unknown> => JSON.parse(text(tree, path)) as Record<string, unknown>;

/** The entity files of the reference layout for index file `i` (static-layout-and-clients.md §2.2). */
function entityPaths(i: string): string[] {
  const order = 'schemagroups/com.example/schemas/order';
  const ext = 'schemagroups/com.example/schemas/ext';
  const m1 = 'messagegroups/mg/messages/m1';
  return [
    '.xregistry', 'capabilities', 'capabilitiesoffered', 'export', 'model', 'modelsource', i,
    `endpoints/${i}`, `messagegroups/${i}`, `messagegroups/mg/${i}`, `messagegroups/mg/messages/${i}`,
    `${m1}$details`, `${m1}/${i}`, `${m1}/meta`, `${m1}/versions/${i}`, `${m1}/versions/1$details`, `${m1}/versions/1/${i}`,
    `schemagroups/${i}`, `schemagroups/com.example/${i}`, `schemagroups/com.example/schemas/${i}`,
    `${ext}$details`, `${ext}/${i}`, `${ext}/meta`, `${ext}/versions/${i}`, `${ext}/versions/1$details`, `${ext}/versions/1/${i}`,
    `${order}$details`, `${order}/${i}`, `${order}/meta`, `${order}/versions/${i}`,
    `${order}/versions/1$details`, `${order}/versions/1/${i}`, `${order}/versions/2$details`, `${order}/versions/2/${i}`,
    'xrgit-manifest.json',
  ].sort();
}

describe('the file tree of each profile', () => {
  it('pages uses index.html and adds .nojekyll and a 404.html', () => {
    expect([...render('pages').keys()]).toEqual([...entityPaths('index.html'), '.nojekyll', '404.html'].sort());
  });

  it('nginx uses index.json and adds the three nginx config files', () => {
    expect([...render('nginx').keys()]).toEqual([...entityPaths('index.json'), 'nginx/site.conf', 'nginx/xrgit-maps.conf', 'nginx/xrgit.conf'].sort());
  });

  it('netlify uses index.html and adds _headers and _redirects', () => {
    expect([...render('netlify').keys()]).toEqual([...entityPaths('index.html'), '_headers', '_redirects'].sort());
  });

  it('s3 uses index.json and adds the object manifest and the upload script', () => {
    expect([...render('s3').keys()]).toEqual([...entityPaths('index.json'), 's3-manifest.json', 's3-upload.sh'].sort());
  });

  it('xr adds a .hdr beside every JSON file and P.hdr for every stored document', () => {
    const tree = render('xr');
    const order = 'schemagroups/com.example/schemas/order';
    const hdr = [...tree.keys()].filter((p) => p.endsWith('.hdr'));
    expect(hdr).toContain('index.html.hdr');
    expect(hdr).toContain(`${order}$details.hdr`);
    expect(hdr).toContain(`${order}.hdr`);
    expect(hdr).toContain(`${order}/versions/2.hdr`);
    expect(hdr).toContain('messagegroups/mg/messages/m1/index.html.hdr');
    expect(hdr).not.toContain(`${order}/index.html.hdr`);
    expect(hdr).not.toContain('schemagroups/com.example/schemas/ext.hdr');
  });

  it('honours an explicit index file name', () => {
    const tree = renderSite(fixtureState(), { baseUrl: 'https://reg.example/', profile: 'pages', indexFile: 'index.json', toolVersion: '0.1.0' });
    expect(tree.has('schemagroups/index.json')).toBe(true);
    expect(tree.has('schemagroups/index.html')).toBe(false);
  });
});

describe('the bodies', () => {
  it('are exactly core serializeJson output with self and urls absolute under the base', () => {
    const tree = render('pages');
    const root = json(tree, 'index.html');
    expect(root['self']).toBe('https://reg.example/api/');
    expect(root['schemagroupsurl']).toBe('https://reg.example/api/schemagroups');
    expect(text(tree, 'index.html')).toBe(serializeJson(root));
  });

  it('never has a double slash, with or without a trailing slash on the base, at the host root or under a prefix', () => {
    for (const base of ['https://reg.example/api', 'https://reg.example/api/', 'https://reg.example/api//', 'https://reg.example', 'https://reg.example/']) {
      const tree = render('nginx', base);
      for (const [path, file] of tree) {
        if (file.contentType.startsWith('application/json')) expect(text(tree, path).replace(/https:\/\//g, ''), `${base} ${path}`).not.toMatch(/\/\//);
      }
    }
    expect(json(render('nginx', 'https://reg.example'), 'index.json')['self']).toBe('https://reg.example/');
    expect(json(render('nginx', 'https://reg.example/api'), 'schemagroups/index.json')['com.example']).toMatchObject({ self: 'https://reg.example/api/schemagroups/com.example' });
  });

  it('keeps $details in self of document resources and versions and not of message resources', () => {
    const tree = render('pages');
    expect(json(tree, 'schemagroups/com.example/schemas/order$details')['self']).toBe('https://reg.example/api/schemagroups/com.example/schemas/order$details');
    expect(json(tree, 'schemagroups/com.example/schemas/order/versions/1$details')['self']).toBe('https://reg.example/api/schemagroups/com.example/schemas/order/versions/1$details');
    expect(json(tree, 'schemagroups/com.example/schemas/order/meta')['defaultversionurl']).toBe('https://reg.example/api/schemagroups/com.example/schemas/order/versions/2$details');
    expect(json(tree, 'messagegroups/mg/messages/m1$details')['self']).toBe('https://reg.example/api/messagegroups/mg/messages/m1');
  });

  it('writes the same JSON at $details and at the index file for types without documents', () => {
    const tree = render('pages');
    expect(text(tree, 'messagegroups/mg/messages/m1/index.html')).toBe(text(tree, 'messagegroups/mg/messages/m1$details'));
    expect(text(tree, 'messagegroups/mg/messages/m1/versions/1/index.html')).toBe(text(tree, 'messagegroups/mg/messages/m1/versions/1$details'));
  });

  it('stores raw documents with the exact bytes of the registry, the default version at the resource', () => {
    const state = fixtureState();
    const tree = renderSite(state, { baseUrl: 'https://reg.example/', profile: 'pages', toolVersion: '0.1.0' });
    const order = state.registry.groups.get('schemagroups')!.get('com.example')!.resources.get('schemas')!.get('order')!;
    expect(tree.get('schemagroups/com.example/schemas/order/versions/1/index.html')!.bytes).toEqual(order.versions.get('1')!.document);
    expect(tree.get('schemagroups/com.example/schemas/order/index.html')!.bytes).toEqual(order.versions.get('2')!.document);
  });

  it('makes external documents redirect entries with the <RESOURCE>url as Location', () => {
    const file = render('pages').get('schemagroups/com.example/schemas/ext/index.html')!;
    expect(file.redirect).toBe('https://schemas.example/ext.avsc');
    expect(file.bytes.byteLength).toBe(0);
    expect(file.urlPath).toBe('/api/schemagroups/com.example/schemas/ext');
  });

  it('publishes /export as the doc view with capabilities and modelsource, and .xregistry with the root', () => {
    const tree = render('pages');
    const doc = json(tree, 'export');
    expect(doc['self']).toBe('#/');
    expect(doc['capabilities']).toMatchObject({ flags: [], pagination: false });
    expect(doc['modelsource']).toEqual({});
    expect(json(tree, '.xregistry')).toEqual({ registries: ['https://reg.example/api/'] });
  });

  it('answers each JSON URL path, prefix included', () => {
    const tree = render('pages');
    expect(tree.get('index.html')!.urlPath).toBe('/api/');
    expect(tree.get('schemagroups/index.html')!.urlPath).toBe('/api/schemagroups');
    expect(tree.get('schemagroups/com.example/schemas/order$details')!.urlPath).toBe('/api/schemagroups/com.example/schemas/order$details');
    expect(tree.get('schemagroups/com.example/schemas/order/index.html')!.urlPath).toBe('/api/schemagroups/com.example/schemas/order');
    expect(tree.get('.nojekyll')!.urlPath).toBe('');
  });
});

describe('refusals', () => {
  it('rejects a base URL that is not absolute http(s)', () => {
    for (const baseUrl of ['/relative', 'ftp://x.example/', 'https://x.example/?a=1']) {
      expect(() => renderSite(fixtureState(), { baseUrl, profile: 'pages', toolVersion: '0' }), baseUrl).toThrow(expect.objectContaining({ code: 'invalid-base-url' }));
    }
  });

  it('rejects a version id that clashes with the index file name', () => {
    const doc = { schemagroups: { g: { schemas: { s: { versions: { 'index.html': { format: 'JsonSchema/draft-07', contenttype: 'application/json', schema: { type: 'object' } } } } } } } };
    try {
      renderSite(fixtureState(doc), { baseUrl: 'https://r.example/', profile: 'pages', toolVersion: '0' });
      expect.unreachable();
    } catch (e) {
      expect(isExportError(e, 'path-clash')).toBe(true);
    }
  });
});
