import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScriptedRepo } from '@xrgit/git';
import { crawl, type CrawlResult } from './support/crawl.js';
import { formatFinding } from './support/crawl-finding.js';
import { freePort } from './support/free-port.js';
import { startPagesServer, type PagesServer } from './support/pages-server.js';
import { buildSite } from './support/run-cli.js';
import { punctuatedIdsStep, sampleRegistrySteps } from './support/sample-repo.js';
import { makeTempDir, removeTempDir } from './support/temp-dir.js';

const EXTERNAL = 'https://schemas.example.com/cloudyhq/legacy.json';
const AVRO = 'schemagroups/CloudyHQ/schemas/PackageTrackingAvro';

describe('the sample registry built for GitHub Pages and served by a Pages-like host', () => {
  let tmp: string | undefined;
  let site: string;
  const servers: PagesServer[] = [];
  let pages: PagesServer;
  let result: CrawlResult;

  beforeAll(async () => {
    tmp = await makeTempDir('pages');
    const repo = await createScriptedRepo(join(tmp, 'repo'), [
      ...sampleRegistrySteps(),
      { commit: { message: 'Add an external schema', files: { 'registry/schemagroups/CloudyHQ/schemas/Legacy.details.yaml': `format: JsonSchema/draft-07\nschemaurl: ${EXTERNAL}\n` } } },
    ]);
    const port = await freePort();
    site = join(tmp, 'site');
    const built = await buildSite(repo.dir, site, `http://127.0.0.1:${port}/`, 'pages');
    expect(built.code, built.stdout + built.stderr).toBe(0);
    pages = await startPagesServer(site, port);
    servers.push(pages);
    result = await crawl(`${pages.base}/`, { host: 'plain' });
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await removeTempDir(tmp);
  });

  it('gives a crawling client one consistent registry that /export describes exactly', () => {
    expect(result.findings.map(formatFinding)).toEqual([]);
    expect(result.counts).toEqual({ groups: 5, resources: 7, versions: 9, documents: 6 });
  });

  it('behaves like Pages: octet-stream for extension-less JSON, 301 to the slash, index.html as text/html, no headers', async () => {
    const model = await fetch(`${pages.base}/model?inline=*`);
    expect(model.headers.get('content-type')).toBe('application/octet-stream');
    expect(model.headers.get('access-control-allow-origin')).toBeNull();
    await model.json();
    const dir = await fetch(`${pages.base}/schemagroups`, { redirect: 'manual' });
    expect(dir.status).toBe(301);
    expect(dir.headers.get('location')).toBe(`${pages.base}/schemagroups/`);
    expect((await fetch(`${pages.base}/schemagroups/`)).headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await fetch(`${pages.base}/schemagroups/CloudyHQ/schemas/Legacy`)).status).toBe(404);
  });

  it('follows the 301s the way clients do', () => {
    expect(result.redirects.length).toBeGreaterThan(10);
    expect(result.redirects).toContainEqual({ from: `${pages.base}/schemagroups`, to: `${pages.base}/schemagroups/`, status: 301 });
    expect(result.redirects.every((r) => r.status === 301 && r.to === `${r.from}/`)).toBe(true);
  });

  it('falls short of a configured host only in content types, document headers and the external redirect', async () => {
    const strict = await crawl(`${pages.base}/`, { host: 'configured' });
    const rules = new Map<string, number>();
    for (const f of strict.findings) rules.set(`${f.rule} ${f.key ?? ''}`, (rules.get(`${f.rule} ${f.key ?? ''}`) ?? 0) + 1);
    // every metadata URL, every document (with its version, schema id and self headers), the external schema twice
    expect(Object.fromEntries(rules)).toEqual({
      'content-type Content-Type': strict.requests - result.counts.documents - 2,
      'document-header Content-Type': result.counts.documents,
      'document-header xRegistry-versionid': result.counts.documents,
      'document-header xRegistry-schemaid': result.counts.documents,
      'document-header xRegistry-self': result.counts.documents,
      'document-header Content-Location': 2,
      'external-document Location': 2,
    });
  });

  it('reports every kind of damage to a served site, each at its URL', async () => {
    const broken = join(tmp!, 'broken');
    await cp(site, broken, { recursive: true });
    const edit = async (path: string, change: (s: string) => string): Promise<void> => writeFile(join(broken, path), change(await readFile(join(broken, path), 'utf8')));
    await edit('index.html', (s) => s.replace('"schemagroupscount": 1', '"schemagroupscount": 7'));
    await edit(`${AVRO}/meta`, (s) => s.replace('"defaultversionid": "2"', '"defaultversionid": "1"'));
    await edit(`${AVRO}/versions/2/index.html`, (s) => s.replace('"name": "PackageTracking"', '"name": "Tampered"'));
    await edit('messagegroups/CloudyHQ.Store/messages/CloudyHQ.Store.Arrive/index.html', (s) => s.replace('"description": "', '"description": "Tampered. '));
    await rm(join(broken, `${AVRO}/versions/1$details`));
    // Same origin as the build's base URL, so that only the damage differs.
    await pages.stop();
    servers.splice(servers.indexOf(pages), 1);
    const server = await startPagesServer(broken, Number(new URL(pages.base).port));
    servers.push(server);
    const damaged = await crawl(`${server.base}/`, { host: 'plain' });
    const b = server.base;
    const seen = damaged.findings.map((f) => `${f.rule} ${f.url.replace(b, '')}${f.key ? ` ${f.key}` : ''}`);
    // Each damage shows where a client would stumble over it, and nothing else is reported.
    expect(seen.sort()).toEqual([
      `ancestor /${AVRO}/versions/2$details ancestorid`, // its ancestor 1 is gone
      'count / schemagroupscount',
      'default-version /messagegroups/CloudyHQ.Store/messages/CloudyHQ.Store.Arrive description', // differs from its version 1
      `default-version /${AVRO}/meta defaultversionid`,
      `document /${AVRO}`, // the resource's bytes are no longer those of its default version
      'export-attribute /export#/ schemagroupscount',
      `export-attribute /export#/${AVRO}/meta defaultversionid`,
      `export-document /export#/${AVRO}/versions/2 schema`,
      `export-ids /export#/${AVRO}/versions`,
      `http-status /${AVRO}/versions/1$details`,
      'member-mismatch /messagegroups/CloudyHQ.Store/messages/CloudyHQ.Store.Arrive',
    ]);
  });
});

describe('the sample registry as a Pages project site under /<repo>/, with punctuated ids', () => {
  let tmp: string | undefined;
  let pages: PagesServer | undefined;

  beforeAll(async () => {
    tmp = await makeTempDir('pages-prefix');
    const repo = await createScriptedRepo(join(tmp, 'repo'), [...sampleRegistrySteps(), punctuatedIdsStep()]);
    const port = await freePort();
    const built = await buildSite(repo.dir, join(tmp, 'root', 'xrgit-demo'), `http://127.0.0.1:${port}/xrgit-demo/`, 'pages');
    expect(built.code, built.stdout + built.stderr).toBe(0);
    pages = await startPagesServer(join(tmp, 'root'), port);
  });

  afterAll(async () => {
    await pages?.stop();
    await removeTempDir(tmp);
  });

  it('gives a crawling client one consistent registry that /export describes exactly', async () => {
    const result = await crawl(`${pages!.base}/xrgit-demo/`, { host: 'plain' });
    expect(result.findings.map(formatFinding)).toEqual([]);
    expect(result.counts).toEqual({ groups: 6, resources: 10, versions: 12, documents: 14 });
  });
});
