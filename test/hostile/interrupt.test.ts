import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScriptedRepo, seededRandom as prng, type ScriptedRepo } from '@xrgit/git';
import { contents, readTree } from '../e2e/support/read-tree.js';
import { CLI_BIN, runCli } from '../e2e/support/run-cli.js';
import { sampleRegistryFiles } from '../e2e/support/sample-repo.js';
import { makeTempDir, removeTempDir } from '../e2e/support/temp-dir.js';

const BASE = 'https://interrupt.example/';
const RUNS = 5;
const SEED = 0x5eed;

/** 400 schemas, so that writing the site takes long enough to be interrupted in the middle. */
function schemas(description: string): Record<string, string> {
  return Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`registry/schemagroups/bulk/schemas/s${i}.json`, `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', description: `${description} ${i}`, type: 'object' })}\n`]));
}

const buildArgs = (out: string, ref: string): string[] => ['build', 'registry', '--out', out, '--base-url', BASE, '--host', 'nginx', '--ref', ref];

describe('a build killed at a random moment leaves the previous or the new complete tree', () => {
  let tmp: string;
  let repo: ScriptedRepo;
  let previous: Map<string, string>;
  let next: Map<string, string>;
  let duration = 0;

  beforeAll(async () => {
    tmp = await makeTempDir('interrupt');
    repo = await createScriptedRepo(join(tmp, 'repo'), [
      { commit: { message: 'sample and bulk', files: { ...sampleRegistryFiles(), ...schemas('first') } } },
      { commit: { message: 'every bulk description changes', files: schemas('second') } },
    ]);
    const started = Date.now();
    const b = await runCli(buildArgs(join(tmp, 'next'), repo.commits[1]!), repo.dir);
    duration = Date.now() - started;
    expect(b.code, b.stderr).toBe(0);
    next = contents(await readTree(join(tmp, 'next')));
    const a = await runCli(buildArgs(join(tmp, 'site'), repo.commits[0]!), repo.dir);
    expect(a.code, a.stderr).toBe(0);
    previous = contents(await readTree(join(tmp, 'site')));
  });
  afterAll(() => removeTempDir(tmp));

  const same = (a: Map<string, string>, b: Map<string, string>): boolean => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

  it(`after each of ${RUNS} SIGKILLs (seed ${SEED}), OUT is one of the two trees and only .site.xrgit-* siblings remain; the next build cleans them up`, async () => {
    const random = prng(SEED);
    const outcomes: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const delay = Math.floor(random() * duration);
      const child = spawn(process.execPath, [CLI_BIN, ...buildArgs(join(tmp, 'site'), repo.commits[1]!)], { cwd: repo.dir, stdio: 'ignore' });
      const closed = new Promise((r) => child.once('close', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await closed;
      const now = contents(await readTree(join(tmp, 'site')));
      const which = same(now, previous) ? 'previous' : same(now, next) ? 'new' : 'neither';
      const siblings = (await readdir(tmp)).filter((n) => !['repo', 'next', 'site'].includes(n));
      outcomes.push(`${delay}ms: ${which}, leftovers ${siblings.join(' ') || 'none'}`);
      expect(which, `seed ${SEED} run ${run} delay ${delay} ms`).not.toBe('neither');
      for (const s of siblings) expect(s).toMatch(/^\.site\.xrgit-(tmp|old)-\d+-[0-9a-f]+$/);
      // Back to the previous tree for the next run; this build must remove the leftovers.
      const back = await runCli(buildArgs(join(tmp, 'site'), repo.commits[0]!), repo.dir);
      expect(back.code, back.stderr).toBe(0);
      expect((await readdir(tmp)).sort()).toEqual(['next', 'repo', 'site']);
      expect(same(contents(await readTree(join(tmp, 'site'))), previous)).toBe(true);
    }
    console.log(`build takes ${duration} ms; kills:\n${outcomes.join('\n')}`);
  }, 400_000);
});
