import { mkdir, mkdtemp, readFile, rm, stat, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, parseManifest, renderSite, sha256, verifySite, writeSite, type SiteTree } from '../src/index.js';
import { fixtureState, registryDocument } from './fixture-state.js';

const options = { baseUrl: 'https://reg.example/', profile: 'nginx', toolVersion: '0.1.0', commit: 'c0ffee' } as const;
const site = (doc = registryDocument()): SiteTree => renderSite(fixtureState(doc), options);

/** The fixture with the description of schema version 2 changed. */
function changedDocument(): Record<string, unknown> {
  const doc = registryDocument();
  const versions = (doc['schemagroups'] as Record<string, { schemas: Record<string, { versions: Record<string, Record<string, unknown>> }> }>)['com.example']!.schemas['order']!.versions;
  versions['2']!['description'] = 'changed';
  return doc;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xrgit-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the manifest', () => {
  it('is byte-identical when the same inputs are rendered twice', () => {
    expect(site().get(MANIFEST_FILE)!.bytes).toEqual(site().get(MANIFEST_FILE)!.bytes);
  });

  it('lists every file but itself with sha256 and size, sorted, plus commit, tool version, base and profile', () => {
    const tree = site();
    const m = parseManifest(new TextDecoder().decode(tree.get(MANIFEST_FILE)!.bytes))!;
    expect(m).toMatchObject({ commit: 'c0ffee', toolVersion: '0.1.0', baseUrl: 'https://reg.example/', profile: 'nginx', indexFile: 'index.json' });
    const files = [...tree.entries()].filter(([p, f]) => p !== MANIFEST_FILE && f.redirect === undefined);
    expect(m.files.map((f) => f.path)).toEqual(files.map(([p]) => p));
    expect(m.files.find((f) => f.path === 'model')).toEqual({ path: 'model', sha256: sha256(tree.get('model')!.bytes), size: tree.get('model')!.bytes.byteLength, url: '/model' });
    expect(m.redirects).toContainEqual({ url: '/schemagroups/com.example/schemas/ext', location: 'https://schemas.example/ext.avsc' });
  });
});

describe('writeSite', () => {
  it('writes every file and no redirect entry, and reports them as written', async () => {
    const out = join(dir, 'site');
    const tree = site();
    const result = await writeSite(tree, out);
    const files = [...tree.entries()].filter(([p, f]) => p !== MANIFEST_FILE && f.redirect === undefined);
    expect(result).toEqual({ written: files.length, unchanged: 0, removed: 0 });
    expect(await readFile(join(out, 'model'))).toEqual(Buffer.from(tree.get('model')!.bytes));
    await expect(stat(join(out, 'schemagroups/com.example/schemas/ext/index.json'))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['site']);
  });

  it('rewrites exactly the changed files on an incremental write and links the others', async () => {
    const out = join(dir, 'site');
    const first = site();
    await writeSite(first, out);
    const inode = (await stat(join(out, 'model'))).ino;
    const second = site(changedDocument());
    const changed = [...second.entries()].filter(([p, f]) => p !== MANIFEST_FILE && f.redirect === undefined && sha256(f.bytes) !== sha256(first.get(p)?.bytes ?? new Uint8Array()));
    expect(changed.length).toBeGreaterThan(0);
    const result = await writeSite(second, out);
    expect(result.written).toBe(changed.length);
    expect(result.unchanged + result.written).toBe([...second.entries()].filter(([p, f]) => p !== MANIFEST_FILE && f.redirect === undefined).length);
    expect(result.removed).toBe(0);
    expect((await stat(join(out, 'model'))).ino).toBe(inode);
    expect(await verifySite(out, second)).toEqual([]);
  });

  it('rewrites everything when incremental is off', async () => {
    const out = join(dir, 'site');
    await writeSite(site(), out);
    const result = await writeSite(site(), out, { incremental: false });
    expect(result.unchanged).toBe(0);
  });

  it('leaves the previous output exactly as it was when a write fails', async () => {
    const out = join(dir, 'site');
    const good = site();
    await writeSite(good, out);
    const broken: SiteTree = new Map(site(changedDocument()));
    // A file where the tree also needs a directory: the write fails midway.
    broken.set('schemagroups/com.example/schemas/order/meta/oops', { bytes: new Uint8Array([1]), contentType: '', headers: {}, urlPath: '' });
    await expect(writeSite(broken, out)).rejects.toThrow();
    expect(await verifySite(out, good)).toEqual([]);
    expect(await readdir(dir)).toEqual(['site']);
  });

  it('counts files the new tree no longer has as removed', async () => {
    const out = join(dir, 'site');
    await writeSite(site(), out);
    const doc = registryDocument();
    delete doc['messagegroups'];
    const result = await writeSite(site(doc), out);
    expect(result.removed).toBeGreaterThan(0);
    await expect(stat(join(out, 'messagegroups/mg/index.json'))).rejects.toThrow();
  });

  it('refuses a non-empty directory without a manifest, a repository root and the filesystem root', async () => {
    await mkdir(join(dir, 'docs'));
    await writeFile(join(dir, 'docs/notes.txt'), 'keep me');
    await expect(writeSite(site(), join(dir, 'docs'))).rejects.toMatchObject({ code: 'out-dir-not-a-site' });
    expect(await readFile(join(dir, 'docs/notes.txt'), 'utf8')).toBe('keep me');
    await mkdir(join(dir, 'repo/.git'), { recursive: true });
    await expect(writeSite(site(), join(dir, 'repo'))).rejects.toMatchObject({ code: 'unsafe-out-dir', data: { reason: 'repository-root' } });
    await expect(writeSite(site(), '/')).rejects.toMatchObject({ code: 'unsafe-out-dir', data: { reason: 'filesystem-root' } });
  });

  it('refuses a tree path that would leave the output directory', async () => {
    const tree: SiteTree = new Map([['../escape', { bytes: new Uint8Array([1]), contentType: '', headers: {}, urlPath: '' }]]);
    await expect(writeSite(tree, join(dir, 'site'))).rejects.toMatchObject({ code: 'path-outside-out-dir' });
    await expect(stat(join(dir, 'escape'))).rejects.toThrow();
  });
});

describe('verifySite', () => {
  it('reports a tampered, a missing and an extra file in a directory', async () => {
    const out = join(dir, 'site');
    const tree = site();
    await writeSite(tree, out);
    await writeFile(join(out, 'model'), '{}\n');
    await rm(join(out, 'capabilities'));
    await writeFile(join(out, 'extra.txt'), 'x');
    const manifest = parseManifest(await readFile(join(out, MANIFEST_FILE), 'utf8'))!;
    expect((await verifySite(out, manifest)).map((f) => [f.kind, f.path])).toEqual([
      ['missing', 'capabilities'],
      ['extra', 'extra.txt'],
      ['changed', 'model'],
    ]);
  });

  it('fetches every served file at its URL path over HTTP', async () => {
    const tree = site();
    const requested: string[] = [];
    const fake = (async (url: string) => {
      requested.push(url);
      const path = new URL(url).pathname;
      const file = [...tree.values()].find((f) => f.urlPath === path);
      if (!file) return new Response('', { status: 404 });
      return new Response(path === '/model' ? '{}' : file.bytes);
    }) as unknown as typeof fetch;
    const findings = await verifySite('http://127.0.0.1:1/', tree, { fetch: fake });
    expect(findings).toEqual([expect.objectContaining({ kind: 'changed', path: 'model', url: 'http://127.0.0.1:1/model' })]);
    expect(requested).toContain('http://127.0.0.1:1/schemagroups/com.example/schemas/order$details');
    expect(requested).not.toContain('http://127.0.0.1:1/nginx/xrgit.conf');
  });
});
