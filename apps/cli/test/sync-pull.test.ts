import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, listFiles, runCliAsync, sampleRepo, startCli, stop } from './sync-helpers.js';

const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const root = mkdtempSync(join(tmpdir(), 'xrgit-sync-pull-'));
let repo: string;
let preview: ChildProcess | undefined;
let previewBase: string;

beforeAll(async () => {
  repo = await sampleRepo(join(root, 'repo'));
  const port = await freePort();
  previewBase = `http://127.0.0.1:${port}/`;
  preview = await startCli(['preview', '--port', String(port)], repo, `${previewBase}model`);
}, 60_000);

afterAll(() => stop(preview));

/** Pulls `server` into a new directory; then a push plan of that directory against the same server must be empty. */
async function pullAndCompare(server: string, name: string): Promise<{ pulled: Record<string, unknown>; into: string }> {
  const into = join(root, name);
  const r = await runCliAsync(['sync', 'pull', '--server', server, '--into', into, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as { pulled: Record<string, unknown>; errors: number };
  expect(out.errors).toBe(0);
  expect(listFiles(into)).toContain('schemagroups/CloudyHQ/schemas/PackageTracking/versions/2.json');
  const again = await runCliAsync(['sync', 'push', '--server', server, into, '--format', 'json']);
  expect(again.code).toBe(0);
  expect((JSON.parse(again.stdout) as { plan: { steps: unknown[]; skipped: unknown[] } }).plan).toMatchObject({ steps: [], skipped: [] });
  return { pulled: out.pulled, into };
}

describe('xrgit sync pull', () => {
  it('reads a registry served by xrgit preview through /export and writes a layout that plans no change', async () => {
    const { pulled } = await pullAndCompare(previewBase, 'from-preview');
    expect(pulled).toMatchObject({ strategy: 'export', fallbacks: [], retries: 0 });
  });

  it('walks every URL when the server offers neither /export nor the doc and inline flags it claims', async () => {
    // A static host that claims doc and inline but ignores query strings: /?doc&inline gives the plain root.
    const proxy: Server = createServer((req, res) => {
      void (async () => {
        const path = (req.url ?? '/').split('?')[0]!;
        if (path === '/export') return void res.writeHead(404).end();
        const upstream = await fetch(new URL(path.slice(1), previewBase), { redirect: 'manual' });
        let body = Buffer.from(await upstream.arrayBuffer());
        if (path === '/capabilities') {
          const caps = JSON.parse(body.toString()) as { available: Record<string, unknown>; flags: string[] };
          delete caps.available['export'];
          caps.flags = ['doc', 'inline'];
          body = Buffer.from(JSON.stringify(caps));
        }
        const headers = Object.fromEntries([...upstream.headers].filter(([k]) => !['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(k)));
        res.writeHead(upstream.status, headers).end(body);
      })();
    });
    await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
    try {
      const { pulled } = await pullAndCompare(`http://127.0.0.1:${(proxy.address() as { port: number }).port}/`, 'walked');
      expect(pulled['strategy']).toBe('walk');
      expect(pulled['fallbacks']).toEqual(['doc-inline: GET /?doc&inline=*,capabilities,modelsource did not return the document view']);
    } finally {
      await new Promise<void>((ok) => proxy.close(() => ok()));
    }
  });

  it('refuses a directory that already holds a registry, and writes nothing', async () => {
    const r = await runCliAsync(['sync', 'pull', '--server', previewBase, '--into', join(repo, 'registry')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already holds a registry');
  });

  it('never prints credentials from XRGIT_TOKEN, --header or the URL', async () => {
    const server = previewBase.replace('http://', 'http://alice:s3cr3t-pass@');
    const r = await runCliAsync(['sync', 'pull', '--server', `${server}nowhere/`, '--into', join(root, 'never'), '--header', 'X-Api-Key: k3y-value-123'], undefined, { XRGIT_TOKEN: 'tok-abcdef-987' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('returned 404');
    for (const secret of ['s3cr3t-pass', 'k3y-value-123', 'tok-abcdef-987', 'alice:']) expect(r.stdout + r.stderr).not.toContain(secret);
  });
});

describe.skipIf(NGINX === undefined)('xrgit sync pull from a static build served by nginx', () => {
  let dir: string;
  let nginx: ChildProcess | undefined;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xrgit-sync-nginx-'));
    chmodSync(dir, 0o755);
    const port = await freePort();
    base = `http://127.0.0.1:${port}/`;
    const site = join(dir, 'root');
    mkdirSync(site);
    const built = await runCliAsync(['build', '--out', join(site, 'api'), '--base-url', `${base}api/`, '--host', 'nginx'], repo);
    expect(built.code).toBe(0);
    const conf = [
      'daemon off;', 'worker_processes 1;', `pid ${dir}/nginx.pid;`, `error_log ${dir}/error.log;`, 'events { worker_connections 64; }',
      'http {',
      `  access_log off; client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;`,
      `  include ${site}/api/nginx/xrgit-maps.conf;`,
      `  server { listen 127.0.0.1:${port}; root ${site}; include ${site}/api/nginx/xrgit.conf; }`,
      '}',
    ].join('\n');
    writeFileSync(join(dir, 'nginx.conf'), conf);
    const check = spawnSync(NGINX!, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')]);
    if (check.status !== 0) throw new Error(check.stderr.toString());
    nginx = spawn(NGINX!, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      if (await fetch(`${base}api/model`).then((r) => r.ok, () => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 60_000);

  afterAll(() => stop(nginx));

  it('reads the build through /export and writes a layout that plans no change', async () => {
    const { pulled } = await pullAndCompare(`${base}api/`, 'from-nginx');
    expect(pulled).toMatchObject({ strategy: 'export', retries: 0 });
  });
});
