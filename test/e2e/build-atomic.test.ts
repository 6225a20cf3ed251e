import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScriptedRepo, type ScriptedRepo } from '@xrgit/git';
import { readTree, type TreeFile } from './support/read-tree.js';
import { runCli, type CliRun } from './support/run-cli.js';
import { sampleRegistrySteps } from './support/sample-repo.js';
import { makeTempDir, removeTempDir } from './support/temp-dir.js';

const BASE = 'http://127.0.0.1:8080/';
const AVRO = 'registry/schemagroups/CloudyHQ/schemas/PackageTrackingAvro.avsc';

const build = (repo: string, out: string, ref: string): Promise<CliRun> => runCli(['build', 'registry', '--out', out, '--base-url', BASE, '--host', 'nginx', '--ref', ref], repo);

/** `written`, `unchanged` and `removed` from the build's summary line. */
function summary(run: CliRun): { written: number; unchanged: number; removed: number } {
  const m = /(\d+) written, (\d+) unchanged, (\d+) removed/.exec(run.stdout);
  if (!m) throw new Error(`no summary in ${run.stdout}${run.stderr}`);
  return { written: Number(m[1]), unchanged: Number(m[2]), removed: Number(m[3]) };
}

const same = (a: TreeFile, b: TreeFile): boolean => a.bytes.equals(b.bytes);

describe('xrgit build replaces its output atomically and incrementally', () => {
  let tmp: string | undefined;
  let repo: ScriptedRepo;
  let out: string;
  let first: Map<string, TreeFile>;
  const avro = sampleRegistrySteps();

  beforeAll(async () => {
    tmp = await makeTempDir('atomic');
    const base = avro[0]!;
    const files = 'commit' in base ? base.commit.files! : {};
    repo = await createScriptedRepo(join(tmp, 'repo'), [
      ...avro,
      { commit: { message: 'Avro: one more field', files: { [AVRO]: String(files[AVRO]).replace('"fields": [', '"fields": [\n    { "name": "note", "type": ["null", "string"], "default": null },') } } },
      { commit: { message: 'A broken schema', files: { 'registry/schemagroups/CloudyHQ/schemas/Broken.json': '{ "type": "object", \n' } } },
    ]);
    out = join(tmp, 'site');
    const run = await build(repo.dir, out, repo.commits[2]!);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    first = await readTree(out);
  });

  afterAll(() => removeTempDir(tmp));

  it('fails on a registry with an error, exits 1, and leaves the previous output byte-identical', async () => {
    const run = await build(repo.dir, out, repo.commits[4]!);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Broken\.json:\d+:\d+: error /);
    expect(run.stdout).toContain('nothing was built');
    const after = await readTree(out);
    expect([...after.keys()]).toEqual([...first.keys()]);
    for (const [path, f] of first) expect(same(after.get(path)!, f) && after.get(path)!.ino === f.ino, path).toBe(true);
    expect((await readdir(tmp!)).filter((n) => n.includes('xrgit-'))).toEqual([]);
  });

  it('refuses to write into a non-empty directory that is not a site, and leaves it alone', async () => {
    const other = join(tmp!, 'not-a-site');
    await mkdir(other);
    await writeFile(join(other, 'keep.txt'), 'mine\n');
    const run = await build(repo.dir, other, repo.commits[2]!);
    expect(run.code).not.toBe(0);
    expect([...(await readTree(other)).keys()]).toEqual(['keep.txt']);
    expect((await readdir(dirname(other))).filter((n) => n.includes('xrgit-'))).toEqual([]);
  });

  it('rewrites only the files a one-file commit changed, and says how many', async () => {
    const run = await build(repo.dir, out, repo.commits[3]!);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const second = await readTree(out);
    const changed = [...second].filter(([p, f]) => p !== 'xrgit-manifest.json' && !(first.has(p) && same(first.get(p)!, f))).map(([p]) => p);
    const kept = [...second].filter(([p, f]) => p !== 'xrgit-manifest.json' && first.has(p) && same(first.get(p)!, f)).map(([p]) => p);
    const removed = [...first.keys()].filter((p) => !second.has(p));
    expect(summary(run)).toEqual({ written: changed.length, unchanged: kept.length, removed: removed.length });
    // The new version 3 of the Avro schema and what points at it; nothing of the JSON Schema or the messages.
    expect(changed).toEqual(expect.arrayContaining(['export', 'schemagroups/CloudyHQ/schemas/PackageTrackingAvro/versions/3/index.json', 'schemagroups/CloudyHQ/schemas/PackageTrackingAvro/index.json']));
    expect(changed.filter((p) => p.includes('/PackageTracking/') || p.startsWith('messagegroups/'))).toEqual([]);
    expect(kept.length).toBeGreaterThan(changed.length);
    for (const p of kept) expect({ p, ino: second.get(p)!.ino, mtime: second.get(p)!.mtimeMs }).toEqual({ p, ino: first.get(p)!.ino, mtime: first.get(p)!.mtimeMs });
    for (const p of changed.filter((x) => first.has(x))) expect(second.get(p)!.ino, p).not.toBe(first.get(p)!.ino);
  });
});
