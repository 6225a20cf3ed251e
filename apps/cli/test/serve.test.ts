import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createScriptedRepo } from '@xrgit/git';

const bin = join(import.meta.dirname, '..', 'dist', 'bin.js');
const schema = (props: string[]): string => `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: Object.fromEntries(props.map((p) => [p, { type: 'string' }])) }, null, 2)}\n`;

async function shop(): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'xrgit-serve-')), 'repo');
  await createScriptedRepo(dir, [
    { commit: { message: 'start', date: '2024-05-01T00:00:00Z', files: { 'registry/registry.yaml': 'registryid: shop\n', 'registry/schemagroups/shop/schemas/Order.json': schema(['id']) } } },
  ]);
  return dir;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill();
});

/** Starts `xrgit serve --port 0` and resolves with its root URL and a reader of everything it printed. */
function serve(repo: string, args: string[] = []): Promise<{ url: string; output: () => string }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--debounce', '100', ...args], { cwd: repo, env: { ...process.env, NO_COLOR: '1' } });
  children.push(child);
  let stdout = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /serving .* at (http:\/\/\S+\/) /.exec(stdout);
      if (m) {
        lastOutput = () => stdout;
        resolve({ url: m[1]!, output: () => stdout });
      }
    });
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('exit', (code) => reject(new Error(`xrgit serve exited with ${code}: ${stdout}`)));
  });
}

let lastOutput: (() => string) | undefined;

async function until(check: () => Promise<boolean>, timeoutMs = 45_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out${lastOutput ? `; xrgit printed:\n${lastOutput()}` : ''}`);
}

describe('xrgit serve', () => {
  it('serves the read API of the working tree on a loopback port', async () => {
    const { url } = await serve(await shop());
    const root = await fetch(url);
    expect(root.status).toBe(200);
    expect(root.headers.get('link')).toBe(`<${url}>;rel=xregistry-root`);
    expect(await root.json()).toMatchObject({ registryid: 'shop', schemagroupscount: 1 });
    const doc = await fetch(`${url}schemagroups/shop/schemas/Order`);
    expect(doc.headers.get('xregistry-schemaid')).toBe('Order');
    expect(await doc.json()).toMatchObject({ properties: { id: { type: 'string' } } });
    const caps = (await (await fetch(`${url}capabilities`)).json()) as { available: Record<string, { mutable: boolean }>; flags: string[] };
    expect(Object.values(caps.available).every((a) => !a.mutable)).toBe(true);
    expect(caps.flags).toContain('filter');
    expect((await fetch(`${url}capabilitiesoffered`)).status).toBe(200);
    const missing = await fetch(`${url}schemagroups/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ type: 'https://github.com/xregistry/spec/blob/main/core/spec.md#not_found', subject: '/schemagroups/nope' });
  });

  it('answers cross-origin requests and preflights with CORS headers', async () => {
    const { url } = await serve(await shop());
    const res = await fetch(`${url}schemagroups?inline=*`, { headers: { Origin: 'https://app.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const pre = await fetch(`${url}schemagroups`, { method: 'OPTIONS', headers: { Origin: 'https://app.example', 'Access-Control-Request-Method': 'GET' } });
    expect(pre.status).toBe(200);
    expect(pre.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(pre.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('re-loads when a file changes, and keeps the last good state when the change has errors', { timeout: 120_000 }, async () => {
    const repo = await shop();
    const { url, output } = await serve(repo);
    writeFileSync(join(repo, 'registry/schemagroups/shop/schemas/Order.json'), schema(['id', 'total']));
    await until(async () => {
      const body = (await (await fetch(`${url}schemagroups/shop/schemas/Order`)).json()) as { properties: object };
      return 'total' in body.properties;
    });
    writeFileSync(join(repo, 'registry/registry.yaml'), 'registryid: shop\nbogus: 1\n');
    await until(async () => output().includes('still serving the last good state'));
    expect(((await (await fetch(url)).json()) as Record<string, unknown>)['bogus']).toBeUndefined();
    expect((await fetch(`${url}schemagroups/shop/schemas/Order`)).status).toBe(200);
  });

  it('serves a commit with --ref', async () => {
    const repo = await shop();
    writeFileSync(join(repo, 'registry/schemagroups/shop/schemas/Order.json'), schema(['id', 'total']));
    const { url, output } = await serve(repo, ['--ref', 'HEAD']);
    expect(output()).toMatch(/serving HEAD \([0-9a-f]{12}\)/);
    const body = (await (await fetch(`${url}schemagroups/shop/schemas/Order`)).json()) as { properties: object };
    expect(Object.keys(body.properties)).toEqual(['id']);
  });
});
