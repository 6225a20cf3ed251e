import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSite, writeSite } from '../src/index.js';
import { fixtureState } from './fixture-state.js';

const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p)) ?? (spawnSync('sh', ['-c', 'command -v nginx']).stdout?.toString().trim() || undefined);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe.skipIf(NGINX === undefined)('the generated nginx config served by a real nginx', () => {
  let dir: string;
  let base: string;
  let nginx: ChildProcess | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'xrgit-nginx-'));
    await chmod(dir, 0o755); // nginx workers may run as another user
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const tree = renderSite(fixtureState(), { baseUrl: `${base}/api/`, profile: 'nginx', toolVersion: '0.1.0' });
    const root = join(dir, 'root');
    await mkdir(root);
    await writeSite(tree, join(root, 'api'));
    const conf = [
      'daemon off;',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'events { worker_connections 64; }',
      'http {',
      `  access_log off; client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;`,
      `  include ${root}/api/nginx/xrgit-maps.conf;`,
      `  server { listen 127.0.0.1:${port}; root ${root}; include ${root}/api/nginx/xrgit.conf; }`,
      '}',
    ].join('\n');
    await writeFile(join(dir, 'nginx.conf'), conf);
    const test = spawnSync(NGINX!, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')]);
    if (test.status !== 0) throw new Error(test.stderr.toString());
    nginx = spawn(NGINX!, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      if (await fetch(`${base}/api/model`).then(() => true, () => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  afterAll(async () => {
    nginx?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    if (!process.env['KEEP']) await rm(dir, { recursive: true, force: true });
  });

  it('serves the root, collections without a trailing slash and $details as JSON with CORS and Link', async () => {
    for (const path of ['/api/', '/api/schemagroups', '/api/schemagroups/', '/api/schemagroups/com.example/schemas/order$details', '/api/model']) {
      const res = await fetch(`${base}${path}`, { redirect: 'manual' });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe('application/json; charset=utf-8');
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('link'), path).toBe(`<${base}/api/>;rel=xregistry-root`);
      await res.json();
    }
  });

  it('serves a document with its content type and xRegistry headers', async () => {
    const res = await fetch(`${base}/api/schemagroups/com.example/schemas/order`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('xregistry-versionid')).toBe('2');
    expect(res.headers.get('xregistry-labels.team')).toBe('orders%20eu');
    expect(res.headers.get('content-location')).toBe(`${base}/api/schemagroups/com.example/schemas/order/versions/2`);
    expect(JSON.parse(await res.text())).toEqual({ type: 'object', required: ['id'] });
  });

  it('answers an external document with 303 and the <RESOURCE>url', async () => {
    const res = await fetch(`${base}/api/schemagroups/com.example/schemas/ext`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('https://schemas.example/ext.avsc');
    expect(res.headers.get('xregistry-schemaurl')).toBe('https://schemas.example/ext.avsc');
  });

  it('answers unknown paths with 404 and still sends the Link header, and hides the config', async () => {
    const res = await fetch(`${base}/api/nope`);
    expect(res.status).toBe(404);
    expect(res.headers.get('link')).toBe(`<${base}/api/>;rel=xregistry-root`);
    expect((await fetch(`${base}/api/nginx/xrgit.conf`)).status).toBe(404);
  });
});
