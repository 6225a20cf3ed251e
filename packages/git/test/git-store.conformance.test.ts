import { mkdir, symlink, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitSnapshot, createScriptedRepo, GitError, openGitStore, shallowClone, workingTreeSnapshot, type GitBackendName, type GitStore, type ScriptedRepo } from '../src/index.js';
import { BINARY, buildHistory, tempDir } from './history-fixture.js';

const BACKENDS: GitBackendName[] = ['isomorphic-git', 'git-cli'];
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const codeOf = async (p: Promise<unknown>) => p.then(() => 'resolved', (e: unknown) => (e instanceof GitError ? e.code : String(e)));

let repo: ScriptedRepo;
let shallow: string;
beforeAll(async () => {
  repo = await buildHistory();
  shallow = join(await tempDir('shallow'), 'clone');
  await shallowClone(repo.dir, shallow, 2);
});

describe.each(BACKENDS)('GitStore on %s', (backend) => {
  let store: GitStore;
  const c = (i: number) => repo.commits[i]!;
  beforeAll(async () => {
    store = await openGitStore(repo.dir, { backend });
  });
  afterAll(() => store.close());

  it('reports which backend serves it', () => {
    expect(store.backend).toBe(backend);
  });

  it('resolves branch names, annotated tags, HEAD, full and short oids and ancestry suffixes to commit ids', async () => {
    const cases: Array<[string, string]> = [
      ['main', c(5)], ['v1', c(5)], ['HEAD', c(5)], ['refs/heads/feature', c(2)], ['feature', c(2)],
      [c(1), c(1)], [c(1).slice(0, 8), c(1)], ['HEAD~1', c(4)], ['HEAD~2', c(3)], ['main^', c(4)], [`${c(4)}^2`, c(2)], ['v1~4', c(0)],
    ];
    for (const [ref, oid] of cases) expect(await store.resolveRef(ref), ref).toBe(oid);
  });

  it('rejects a ref that names no commit with ref-not-found', async () => {
    for (const ref of ['nope', 'HEAD~9', `${c(0)}^2`, 'deadbeef']) expect(await codeOf(store.resolveRef(ref)), ref).toBe('ref-not-found');
  });

  it('lists every file under a nested directory recursively, sorted, with oid, mode and kind', async () => {
    const entries = await store.listTree(c(0), 'registry');
    expect(entries.map((e) => [e.path, e.mode, e.kind])).toEqual([
      ['registry/a.json', '100644', 'file'],
      ['registry/bin.dat', '100644', 'file'],
      ['registry/sub/deep/b.json', '100644', 'file'],
    ]);
    expect(entries.every((e) => /^[0-9a-f]{40}$/.test(e.oid))).toBe(true);
    expect((await store.listTree(c(0))).map((e) => e.path)).toContain('README.md');
    expect(await store.listTree(c(0), 'registry/sub/')).toHaveLength(1);
    expect(await store.listTree(c(0), 'missing')).toEqual([]);
    expect(await codeOf(store.listTree('0'.repeat(40)))).toBe('object-missing');
  });

  it('reads text and binary blobs byte for byte, alone and batched', async () => {
    const entries = await store.listTree(c(0), 'registry');
    const [a, bin] = [entries[0]!.oid, entries[1]!.oid];
    expect(text(await store.readBlob(a))).toBe('{"v":1}\n');
    expect(await store.readBlob(bin)).toEqual(BINARY);
    const batch = await store.readBlobs([bin, a, bin]);
    expect(batch.map((b) => [...b])).toEqual([[...BINARY], [...new TextEncoder().encode('{"v":1}\n')], [...BINARY]]);
    expect(await codeOf(store.readBlob('0'.repeat(40)))).toBe('object-missing');
    expect(await codeOf(store.readBlob(c(0)))).toBe('object-missing');
  });

  it('lists the first-parent history oldest first, merges diffed against their first parent and renames as a delete plus an add', async () => {
    const log = await store.firstParentLog('main', { dir: 'registry' });
    expect(log.map((x) => x.oid)).toEqual([c(0), c(1), c(3), c(4), c(5)]);
    expect(log.map((x) => x.changes.map((ch) => `${ch.status} ${ch.path}`))).toEqual([
      ['A registry/a.json', 'A registry/bin.dat', 'A registry/sub/deep/b.json'],
      ['M registry/a.json', 'D registry/sub/deep/b.json'],
      ['D registry/a.json', 'A registry/renamed.json'],
      ['A registry/c.json'],
      [],
    ]);
    expect(log[3]!.parents).toEqual([c(3), c(2)]);
    expect(log[0]!.parents).toEqual([]);
  });

  it('reports old and new blob oids, committer time, time zone, author and message of each commit', async () => {
    const [first, second, , , last] = await store.firstParentLog('main');
    const modified = second!.changes.find((ch) => ch.path === 'registry/a.json')!;
    expect(modified.oldOid).toBe(first!.changes.find((ch) => ch.path === 'registry/a.json')!.newOid);
    expect(second!.changes.find((ch) => ch.status === 'D')).toMatchObject({ newOid: null, newMode: null, oldMode: '100644' });
    expect(first!.committer).toEqual({ name: 'xrgit test', email: 'test@xrgit.invalid', time: Date.parse('2024-01-02T03:04:05Z') / 1000, tzOffsetMinutes: 0 });
    expect(second!.committer.tzOffsetMinutes).toBe(60);
    expect(last!.author.tzOffsetMinutes).toBe(-300);
    expect(last!.message).toBe('Touch the readme\n\nOnly outside the registry.\n');
    expect(last!.changes.map((ch) => ch.path)).toEqual(['README.md']);
  });

  it('lists only the commits after since, for incremental reads', async () => {
    const log = await store.firstParentLog('main', { since: c(1), dir: 'registry' });
    expect(log.map((x) => x.oid)).toEqual([c(3), c(4), c(5)]);
    expect(await store.firstParentLog('main', { since: c(5) })).toEqual([]);
  });

  it('rejects a since commit that is not on the first-parent chain with not-an-ancestor', async () => {
    expect(await codeOf(store.firstParentLog('main', { since: c(2) }))).toBe('not-an-ancestor');
  });

  it('diffs two commits under a directory without rename detection', async () => {
    const changes = await store.diffTrees(c(0), c(5), 'registry');
    expect(changes.map((ch) => `${ch.status} ${ch.path}`)).toEqual(['D registry/a.json', 'A registry/c.json', 'A registry/renamed.json', 'D registry/sub/deep/b.json']);
    expect(await store.diffTrees(c(5), c(5))).toEqual([]);
  });

  it('detects a shallow clone and refuses to derive history across its boundary', async () => {
    expect(await store.isShallow()).toBe(false);
    const clone = await openGitStore(shallow, { backend });
    try {
      expect(await clone.isShallow()).toBe(true);
      const error = await clone.firstParentLog('HEAD').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GitError);
      expect(error).toMatchObject({ code: 'shallow-clone', data: { commit: c(4) } });
      expect((error as Error).message).toMatch(/fetch-depth: 0\.$/);
      expect((await clone.firstParentLog('HEAD', { since: c(4) })).map((x) => x.oid)).toEqual([c(5)]);
    } finally {
      await clone.close();
    }
  });

  it('refuses a directory that is not the root of a repository with not-a-repository', async () => {
    expect(await codeOf(openGitStore(await tempDir('empty'), { backend }))).toBe('not-a-repository');
    expect(await codeOf(openGitStore(join(repo.dir, 'registry'), { backend }))).toBe('not-a-repository');
  });

  it('snapshots a commit directory with paths relative to it, following links only inside the repository', async () => {
    const dir = join(await tempDir('links'), 'repo');
    const links = await createScriptedRepo(dir, [
      { commit: { message: 'Links', files: { 'shared.json': 's\n', 'reg/x.json': 'x\n', 'reg/in.json': { symlink: '../shared.json' }, 'reg/out.json': { symlink: '../../etc/passwd' }, 'reg/dangling.json': { symlink: 'nope.json' } } } },
    ]);
    const s = await openGitStore(dir, { backend });
    try {
      const snap = await commitSnapshot(s, links.commits[0]!, 'reg');
      expect(await snap.files()).toEqual([
        { path: 'dangling.json', kind: 'symlink-broken' },
        { path: 'in.json', kind: 'file' },
        { path: 'out.json', kind: 'symlink-outside' },
        { path: 'x.json', kind: 'file' },
      ]);
      expect(text(await snap.read('in.json'))).toBe('s\n');
      expect(await codeOf(snap.read('out.json'))).toBe('not-in-snapshot');
    } finally {
      await s.close();
    }
  });

  it('snapshots the working tree honouring .gitignore and never reading a link that leads outside', async () => {
    const dir = join(await tempDir('worktree'), 'repo');
    await createScriptedRepo(dir, [{ commit: { message: 'Base', files: { '.gitignore': '*.tmp\nbuild/\n', 'reg/kept.json': 'k\n', 'reg/gone.json': 'g\n', 'reg/forced.tmp': 'tracked\n' } } }]);
    const outside = join(await tempDir('outside'), 'secret.json');
    await writeFile(outside, 'secret\n');
    await mkdir(join(dir, 'reg/build'), { recursive: true });
    await writeFile(join(dir, 'reg/new.json'), 'edited\n');
    await writeFile(join(dir, 'reg/scratch.tmp'), 'ignored\n');
    await writeFile(join(dir, 'reg/build/out.json'), 'ignored\n');
    await rm(join(dir, 'reg/gone.json'));
    await symlink(outside, join(dir, 'reg/outside.json'));
    await symlink('kept.json', join(dir, 'reg/inside.json'));
    const snap = await workingTreeSnapshot(dir, 'reg', { backend });
    expect(await snap.files()).toEqual([
      { path: 'forced.tmp', kind: 'file', size: 8 },
      { path: 'inside.json', kind: 'file', size: 2 },
      { path: 'kept.json', kind: 'file', size: 2 },
      { path: 'new.json', kind: 'file', size: 7 },
      { path: 'outside.json', kind: 'symlink-outside' },
    ]);
    expect(text(await snap.read('new.json'))).toBe('edited\n');
    expect(text(await snap.read('inside.json'))).toBe('k\n');
    expect(await codeOf(snap.read('outside.json'))).toBe('not-in-snapshot');
    expect(await codeOf(snap.read('scratch.tmp'))).toBe('not-in-snapshot');
  });
});

describe('both backends', () => {
  it('return identical values for the same repository', async () => {
    const results = await Promise.all(
      BACKENDS.map(async (backend) => {
        const store = await openGitStore(repo.dir, { backend });
        try {
          const tip = await store.resolveRef('main');
          const tree = await store.listTree(tip);
          return {
            tip,
            tree,
            blobs: (await store.readBlobs(tree.map((e) => e.oid))).map((b) => [...b]),
            log: await store.firstParentLog('main'),
            dirLog: await store.firstParentLog('v1', { dir: 'registry/sub' }),
            diff: await store.diffTrees(repo.commits[0]!, tip),
            snapshot: await (await commitSnapshot(store, tip, 'registry')).files(),
          };
        } finally {
          await store.close();
        }
      }),
    );
    expect(results[0]).toEqual(results[1]);
  });
});
