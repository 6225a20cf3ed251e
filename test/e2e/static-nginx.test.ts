import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScriptedRepo } from '@xrgit/git';
import { crawl, type CrawlResult } from './support/crawl.js';
import { formatFinding } from './support/crawl-finding.js';
import { freePort } from './support/free-port.js';
import { DEFAULT_LARGE, EXTERNAL_SCHEMA_URL, expectedSchemaVersions, largeFixtureSteps } from './support/large-fixture.js';
import { SKIP_NGINX, startNginx, type RunningNginx } from './support/nginx.js';
import { buildSite, runCli } from './support/run-cli.js';
import { createSampleRepo, punctuatedIdsStep, sampleRegistrySteps } from './support/sample-repo.js';
import { makeTempDir, removeTempDir } from './support/temp-dir.js';

/**
 * Builds `repo` with the CLI for nginx at a free port, the site at `<work>/root<prefix>`, and
 * serves it with a real nginx whose document root is `<work>/root`.
 */
async function buildAndServe(repo: string, work: string, prefix = '/'): Promise<RunningNginx> {
  const port = await freePort();
  const root = join(work, 'root');
  const out = join(root, prefix);
  const built = await buildSite(repo, out, `http://127.0.0.1:${port}${prefix}`, 'nginx');
  if (built.code !== 0) throw new Error(`xrgit build exited with ${built.code}:\n${built.stdout}${built.stderr}`);
  return startNginx(out, work, port, root);
}

describe.skipIf(SKIP_NGINX)('the sample registry built by the CLI and served by a real nginx', () => {
  let tmp: string | undefined;
  let nginx: RunningNginx | undefined;
  let result: CrawlResult;
  let repoDir: string;

  beforeAll(async () => {
    tmp = await makeTempDir('nginx-sample');
    const repo = await createSampleRepo(join(tmp, 'repo'));
    repoDir = repo.dir;
    expect(repo.commits).toHaveLength(3);
    nginx = await buildAndServe(repo.dir, tmp);
    result = await crawl(`${nginx.base}/`, { host: 'configured' });
  });

  afterAll(async () => {
    await nginx?.stop();
    await removeTempDir(tmp);
  });

  it('gives a crawling client one consistent registry that /export describes exactly', () => {
    expect(result.findings.map(formatFinding)).toEqual([]);
    // 1 schema group, 2 message groups, 2 endpoints; 2 schemas (2 versions each) and 4 messages;
    // documents: 2 at the schemas' URLs and 4 at their versions' URLs.
    expect(result.counts).toEqual({ groups: 5, resources: 6, versions: 8, documents: 6 });
  });

  it('tells clients through /capabilities that nothing can be changed and no flag is honoured', () => {
    const caps = result.tree!.capabilities as { available: Record<string, { mutable: boolean }>; flags: unknown[]; pagination: boolean };
    expect(Object.keys(caps.available).sort()).toEqual(['capabilities', 'capabilitiesoffered', 'entities', 'export', 'model', 'modelsource']);
    expect(Object.values(caps.available).every((a) => a.mutable === false)).toBe(true);
    expect([caps.flags, caps.pagination]).toEqual([[], false]);
  });

  it('publishes the Avro schema changed in the second commit as two history-derived versions', () => {
    const avro = result.tree!.groups.get('schemagroups')!.get('CloudyHQ')!.resources.get('schemas')!.get('PackageTrackingAvro')!;
    expect([...avro.versions.keys()].sort()).toEqual(['1', '2']);
    expect(avro.meta?.['defaultversionid']).toBe('2');
    expect(avro.versions.get('2')!.entity['ancestorid']).toBe('1');
    expect(JSON.parse(avro.document!.toString('utf8')).fields.at(-1).name).toBe('weightKg');
    expect(JSON.parse(avro.versions.get('1')!.document!.toString('utf8')).fields.map((f: { name: string }) => f.name)).not.toContain('weightKg');
  });

  it('sends JSON content types, CORS and the registry-root Link on extension-less metadata', async () => {
    for (const path of ['/model', '/capabilities', '/export', '/schemagroups', '/schemagroups/CloudyHQ/schemas/PackageTrackingAvro$details', '/schemagroups/CloudyHQ/schemas/PackageTrackingAvro/meta']) {
      const res = await fetch(`${nginx!.base}${path}`, { redirect: 'manual' });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe('application/json; charset=utf-8');
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('link'), path).toBe(`<${nginx!.base}/>;rel=xregistry-root`);
    }
  });

  it('is what `xrgit verify` rebuilds from the commit, fetched over HTTP', async () => {
    const run = await runCli(['verify', `${nginx!.base}/`, 'registry', '--format', 'json'], repoDir);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ findings: [] });
  });

  it('sends the xRegistry headers of a document with its bytes', async () => {
    const res = await fetch(`${nginx!.base}/schemagroups/CloudyHQ/schemas/PackageTrackingAvro`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('xregistry-versionid')).toBe('2');
    expect(res.headers.get('xregistry-schemaid')).toBe('PackageTrackingAvro');
    expect(res.headers.get('content-location')).toBe(`${nginx!.base}/schemagroups/CloudyHQ/schemas/PackageTrackingAvro/versions/2`);
    const v1 = await fetch(`${nginx!.base}/schemagroups/CloudyHQ/schemas/PackageTrackingAvro/versions/1`);
    expect(v1.headers.get('xregistry-versionid')).toBe('1');
    expect(JSON.parse(await v1.text()).name).toBe('PackageTracking');
  });
});

describe.skipIf(SKIP_NGINX)('a generated registry of 30 schema groups with history, messages and endpoints, served by a real nginx', () => {
  let tmp: string | undefined;
  let nginx: RunningNginx | undefined;
  let result: CrawlResult;

  beforeAll(async () => {
    tmp = await makeTempDir('nginx-large');
    await createScriptedRepo(join(tmp, 'repo'), largeFixtureSteps());
    nginx = await buildAndServe(join(tmp, 'repo'), tmp);
    result = await crawl(`${nginx.base}/`, { host: 'configured' });
  });

  afterAll(async () => {
    await nginx?.stop();
    await removeTempDir(tmp);
  });

  it('gives a crawling client one consistent registry that /export describes exactly', () => {
    expect(result.findings.map(formatFinding)).toEqual([]);
    const { groups, schemasPerGroup, endpoints } = DEFAULT_LARGE;
    const schemas = groups * schemasPerGroup + 1;
    const messages = groups * schemasPerGroup;
    expect(result.counts).toEqual({ groups: 2 * groups + endpoints, resources: schemas + messages, versions: expectedSchemaVersions() + messages, documents: schemas - 1 + expectedSchemaVersions() - 1 });
  });

  it('derives versions from history: one per document change, attribute-only changes in place', () => {
    const schemas = result.tree!.groups.get('schemagroups')!.get('g00')!.resources.get('schemas')!;
    const s0 = schemas.get('s0')!; // changed in both later commits
    expect([...s0.versions.keys()].sort()).toEqual(['1', '2', '3']);
    expect([1, 2, 3].map((v) => s0.versions.get(String(v))!.entity['ancestorid'])).toEqual(['1', '1', '2']);
    expect(s0.meta?.['defaultversionid']).toBe('3');
    const s5 = schemas.get('s5')!; // only its sidecar changed, in the third commit
    expect([...s5.versions.keys()]).toEqual(['1']);
    expect(s5.entity).toMatchObject({ epoch: 2, description: 'Full form, second words.', createdat: '2024-01-01T00:01:00Z', modifiedat: '2024-01-01T00:03:00Z' });
  });

  it('answers the external schema with 303 and its schemaurl, at the resource and at its version', async () => {
    const legacy = `${nginx!.base}/schemagroups/g00/schemas/legacy`;
    expect(result.externalRedirects).toEqual(expect.arrayContaining([{ from: legacy, to: EXTERNAL_SCHEMA_URL, status: 303 }, { from: `${legacy}/versions/1`, to: EXTERNAL_SCHEMA_URL, status: 303 }]));
    const res = await fetch(legacy, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(EXTERNAL_SCHEMA_URL);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('links every message to an existing schema of the same registry', () => {
    const schemas = result.tree!.groups.get('schemagroups')!;
    const messages = [...result.tree!.groups.get('messagegroups')!.values()].flatMap((g) => [...g.resources.get('messages')!.values()]);
    const dangling = messages.map((m) => String(m.entity['dataschemauri'])).filter((uri) => {
      const [, , gid, , sid] = uri.split('#')[0]!.split('/');
      return !schemas.get(gid!)?.resources.get('schemas')?.has(sid!);
    });
    expect(messages).toHaveLength(DEFAULT_LARGE.groups * DEFAULT_LARGE.schemasPerGroup);
    expect(dangling).toEqual([]);
  });
});

describe.skipIf(SKIP_NGINX)('the sample registry under a path prefix, with punctuated ids, served by a real nginx', () => {
  let tmp: string | undefined;
  let nginx: RunningNginx | undefined;
  let result: CrawlResult;

  beforeAll(async () => {
    tmp = await makeTempDir('nginx-prefix');
    await createScriptedRepo(join(tmp, 'repo'), [...sampleRegistrySteps(), punctuatedIdsStep()]);
    nginx = await buildAndServe(join(tmp, 'repo'), tmp, '/reg/');
    result = await crawl(`${nginx.base}/reg/`, { host: 'configured' });
  });

  afterAll(async () => {
    await nginx?.stop();
    await removeTempDir(tmp);
  });

  it('gives a crawling client one consistent registry that /export describes exactly', () => {
    expect(result.findings.map(formatFinding)).toEqual([]);
    expect(result.counts).toEqual({ groups: 6, resources: 10, versions: 12, documents: 14 });
  });

  it('serves percent-encoded paths, as browsers send them, like the literal ones', async () => {
    const g = `${nginx!.base}/reg/schemagroups/g~1/schemas`;
    for (const [encoded, literal] of [
      [`${g}/x%40y%24details`, `${g}/x@y$details`],
      [`${nginx!.base}/reg/schemagroups/g%7E1/schemas/c%3Ad`, `${g}/c:d`],
      [`${g}/a~b/versions/1`, `${g}/a~b/versions/1/`],
    ] as const) {
      const [a, b] = await Promise.all([fetch(encoded), fetch(literal)]);
      expect([a.status, a.headers.get('content-type'), await a.text()], encoded).toEqual([b.status, b.headers.get('content-type'), await b.text()]);
      expect(a.status, encoded).toBe(200);
    }
    expect((await fetch(`${g}/c%3Ad`)).headers.get('xregistry-schemaid')).toBe('c:d');
    expect((await fetch(`${nginx!.base}/schemagroups`)).status).toBe(404); // nothing outside the prefix
  });
});
