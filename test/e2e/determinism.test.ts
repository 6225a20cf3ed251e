import { execFile } from 'node:child_process';
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, parseManifest, verifySite } from '@xrgit/export';
import { createScriptedRepo } from '@xrgit/git';
import { largeFixtureSteps } from './support/large-fixture.js';
import { contents, readTree } from './support/read-tree.js';
import { buildSite, runCli } from './support/run-cli.js';
import { makeTempDir, removeTempDir } from './support/temp-dir.js';

const git = promisify(execFile);
const BASE = 'https://registry.example.com/reg/';

/** Two environments that differ in everything the build must not depend on. */
const KOLKATA_DE = { TZ: 'Asia/Kolkata', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' };
const LOS_ANGELES_C = { TZ: 'America/Los_Angeles', LANG: 'C', LC_ALL: 'C' };

describe('a build of one commit is byte-identical whatever the clone, time zone and locale', () => {
  let tmp: string | undefined;
  const sites: Record<string, { one: string; two: string }> = {};

  beforeAll(async () => {
    tmp = await makeTempDir('determinism');
    const origin = join(tmp, 'origin');
    await createScriptedRepo(origin, [
      ...largeFixtureSteps({ groups: 3, schemasPerGroup: 6, endpoints: 2 }),
      // Ids whose order differs between locales and case rules, committed at a local time west and east of UTC.
      { commit: { message: 'Ids in mixed case', date: '2024-03-31T02:30:00+05:30', files: Object.fromEntries(['alpha', 'Beta', 'zeta', 'Zulu', '_under', 'a-b', 'a.b'].map((id) => [`registry/schemagroups/g00/schemas/${id}.json`, `{ "$schema": "http://json-schema.org/draft-07/schema#", "title": "${id}" }\n`])) } },
      { commit: { message: 'Late evening in Los Angeles', date: '2024-03-30T23:59:59-07:00', files: { 'registry/schemagroups/g01/schemas/Beta.json': '{ "$schema": "http://json-schema.org/draft-07/schema#", "type": "string" }\n' } } },
    ]);
    const one = join(tmp, 'clone-one');
    const two = join(tmp, 'elsewhere', 'deeper', 'clone-two');
    await git('git', ['clone', '--quiet', origin, one]);
    await git('git', ['clone', '--quiet', '--no-local', origin, two]);
    for (const host of ['nginx', 'pages']) {
      sites[host] = { one: join(tmp, `${host}-one`), two: join(tmp, `${host}-two`) };
      const [a, b] = await Promise.all([buildSite(one, sites[host].one, BASE, host, KOLKATA_DE), buildSite(two, sites[host].two, BASE, host, LOS_ANGELES_C)]);
      expect(a.code, a.stdout + a.stderr).toBe(0);
      expect(b.code, b.stdout + b.stderr).toBe(0);
    }
  });

  afterAll(() => removeTempDir(tmp));

  for (const host of ['nginx', 'pages']) {
    it(`writes the same manifest and the same tree for --host ${host}`, async () => {
      const { one, two } = sites[host]!;
      expect(await readFile(join(two, MANIFEST_FILE))).toEqual(await readFile(join(one, MANIFEST_FILE)));
      const [a, b] = [contents(await readTree(one)), contents(await readTree(two))];
      expect(a.size).toBeGreaterThan(300);
      expect([...b.keys()]).toEqual([...a.keys()]);
      for (const [path, bytes] of a) expect(b.get(path), path).toBe(bytes);
    });
  }

  it('records the commit and converts commit times to UTC', async () => {
    const manifest = parseManifest(await readFile(join(sites['nginx']!.one, MANIFEST_FILE), 'utf8'))!;
    const head = (await git('git', ['rev-parse', 'HEAD'], { cwd: join(tmp!, 'origin') })).stdout.trim();
    expect(manifest.commit).toBe(head);
    const alpha = JSON.parse(await readFile(join(sites['nginx']!.one, 'schemagroups/g00/schemas/alpha$details'), 'utf8')) as Record<string, unknown>;
    expect(alpha['createdat']).toBe('2024-03-30T21:00:00Z');
    const beta = JSON.parse(await readFile(join(sites['nginx']!.two, 'schemagroups/g01/schemas/Beta$details'), 'utf8')) as Record<string, unknown>;
    expect(beta['createdat']).toBe('2024-03-31T06:59:59Z');
  });

  describe('verifying a built tree against the commit it was built from', () => {
    const verify = async (site: string, cwd: string): Promise<{ code: number; findings: Array<{ kind: string; path: string }> }> => {
      const run = await runCli(['verify', site, 'registry', '--format', 'json'], cwd, LOS_ANGELES_C);
      return { code: run.code, findings: (JSON.parse(run.stdout) as { findings: Array<{ kind: string; path: string }> }).findings };
    };

    it('finds nothing in an untouched tree, rebuilt from the other clone in the other environment', async () => {
      expect(await verify(sites['nginx']!.one, join(tmp!, 'elsewhere', 'deeper', 'clone-two'))).toEqual({ code: 0, findings: [] });
      const manifest = parseManifest(await readFile(join(sites['nginx']!.two, MANIFEST_FILE), 'utf8'))!;
      expect(await verifySite(sites['nginx']!.one, manifest)).toEqual([]);
    });

    it('reports a changed, a missing and an extra file', async () => {
      const site = sites['pages']!.one;
      await appendFile(join(site, 'schemagroups/g00/schemas/alpha$details'), ' ');
      await rm(join(site, 'model'));
      await writeFile(join(site, 'schemagroups/g00/schemas/stray.json'), '{}\n');
      const { code, findings } = await verify(site, join(tmp!, 'clone-one'));
      expect(code).toBe(1);
      expect(findings.map((f) => `${f.kind} ${f.path}`)).toEqual(['missing model', 'changed schemagroups/g00/schemas/alpha$details', 'extra schemagroups/g00/schemas/stray.json']);
    });
  });
});
