import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitSnapshot, createScriptedRepo, isGitError, loadLayout, openGitStore, shallowClone, type GitBackendName, type ScriptStep } from '../../src/index.js';
import { applyHistory, deriveHistory, fileHistoryCache } from '../../src/history/index.js';

const S = 'registry/schemagroups/g/schemas';
const schema = (n: number, title = 'T'): string => `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', title, type: 'object', properties: Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, { type: 'string' }])) }, null, 2)}\n`;
const day = (d: number, tz = 'Z'): string => `2024-03-${String(d).padStart(2, '0')}T10:00:00${tz}`;

async function repo(steps: ScriptStep[]): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'xrgit-history-')), 'repo');
  await createScriptedRepo(dir, steps);
  return dir;
}

interface Seen {
  versions: Array<[string, string, string, number]>;
  meta: { epoch: number; createdat: string; modifiedat: string } | undefined;
}

async function derive(dir: string, backend: GitBackendName, rid = 'Order', ref = 'HEAD'): Promise<Seen & { group?: { epoch: number } }> {
  const store = await openGitStore(dir, { backend });
  try {
    const { state, head } = await deriveHistory(store, ref, { dir: 'registry' });
    const loaded = await loadLayout(await commitSnapshot(store, head, 'registry'));
    const { registry, times } = await applyHistory(loaded.registry, loaded.historyResources, state.history, store);
    const rxid = `/schemagroups/g/schemas/${rid}`;
    const resource = registry.groups.get('schemagroups')?.get('g')?.resources.get('schemas')?.get(rid);
    const versions = [...(resource?.versions.values() ?? [])].map((v) => {
      const t = times(`${rxid}/versions/${v.id}`)!;
      return [v.id, String(v.attributes['ancestorid']), t.createdat, t.epoch] as [string, string, string, number];
    });
    return { versions, meta: times(rxid), group: times('/schemagroups/g') };
  } finally {
    await store.close();
  }
}

describe.each(['git-cli', 'isomorphic-git'] as const)('history derivation with the %s backend', (backend) => {
  it('gives one version per document change on the first-parent history, with ancestors and commit times', async () => {
    const dir = await repo([
      { commit: { message: 'v1', date: day(1), files: { [`${S}/Order.json`]: schema(1) } } },
      { commit: { message: 'v2', date: day(2, '+02:00'), files: { [`${S}/Order.json`]: schema(2) } } },
      { commit: { message: 'unrelated', date: day(3), files: { 'README.md': 'hi\n' } } },
      { commit: { message: 'v3', date: day(4), files: { [`${S}/Order.json`]: schema(3) } } },
    ]);
    const seen = await derive(dir, backend);
    expect(seen.versions).toEqual([
      ['1', '1', '2024-03-01T10:00:00Z', 1],
      ['2', '1', '2024-03-02T08:00:00Z', 1],
      ['3', '2', '2024-03-04T10:00:00Z', 1],
    ]);
    expect(seen.meta).toEqual({ epoch: 3, createdat: '2024-03-01T10:00:00Z', modifiedat: '2024-03-04T10:00:00Z' });
  });

  it('updates the newest version in place on an attribute-only edit (sidecar)', async () => {
    const dir = await repo([
      { commit: { message: 'v1', date: day(1), files: { [`${S}/Order.json`]: schema(1) } } },
      { commit: { message: 'describe', date: day(2), files: { [`${S}/Order.details.yaml`]: 'description: An order\n' } } },
    ]);
    const seen = await derive(dir, backend);
    expect(seen.versions).toEqual([['1', '1', '2024-03-01T10:00:00Z', 2]]);
  });

  it('never reuses version ids when a resource is deleted and re-created', async () => {
    const dir = await repo([
      { commit: { message: 'v1', date: day(1), files: { [`${S}/Order.json`]: schema(1) } } },
      { commit: { message: 'v2', date: day(2), files: { [`${S}/Order.json`]: schema(2) } } },
      { commit: { message: 'delete', date: day(3), files: { [`${S}/Order.json`]: null, [`${S}/Keep.json`]: schema(1) } } },
      { commit: { message: 'recreate', date: day(4), files: { [`${S}/Order.json`]: schema(1) } } },
    ]);
    const seen = await derive(dir, backend);
    expect(seen.versions).toEqual([['3', '3', '2024-03-04T10:00:00Z', 1]]);
    expect(seen.meta!.epoch).toBeGreaterThan(2);
  });

  it('counts a merged feature branch as one change on the first-parent history', async () => {
    const dir = await repo([
      { commit: { message: 'v1', date: day(1), files: { [`${S}/Order.json`]: schema(1) } } },
      { branch: 'feature' },
      { commit: { message: 'f1', date: day(2), files: { [`${S}/Order.json`]: schema(2) } } },
      { commit: { message: 'f2', date: day(3), files: { [`${S}/Order.json`]: schema(3) } } },
      { checkout: 'main' },
      { merge: 'feature', message: 'Merge', date: day(5) },
    ]);
    const seen = await derive(dir, backend);
    expect(seen.versions).toEqual([
      ['1', '1', '2024-03-01T10:00:00Z', 1],
      ['2', '1', '2024-03-05T10:00:00Z', 1],
    ]);
  });

  it('keeps a resource whose file moved within its collection (same id) and starts a new one when the id changes', async () => {
    const dir = await repo([
      { commit: { message: 'v1', date: day(1), files: { [`${S}/Order.json`]: schema(1) } } },
      { rename: [`${S}/Order.json`, `${S}/Order/schema.json`] },
      { commit: { message: 'to full form', date: day(2) } },
      { rename: [`${S}/Order/schema.json`, `${S}/Purchase.json`] },
      { commit: { message: 'rename id', date: day(3) } },
    ]);
    const moved = await derive(dir, backend, 'Order', 'HEAD~1');
    expect(moved.versions).toEqual([['1', '1', '2024-03-01T10:00:00Z', 1]]);
    const order = await derive(dir, backend, 'Order');
    expect(order.versions).toEqual([]);
    const purchase = await derive(dir, backend, 'Purchase');
    expect(purchase.versions).toEqual([['1', '1', '2024-03-03T10:00:00Z', 1]]);
  });

  it('keeps explicit versions (versions/ directory) beside history-derived ones, with times from history', async () => {
    const dir = await repo([
      { commit: { message: 'both', date: day(1), files: { [`${S}/Order.json`]: schema(1), [`${S}/Invoice/versions/a.json`]: schema(1) } } },
      { commit: { message: 'more', date: day(2), files: { [`${S}/Order.json`]: schema(2), [`${S}/Invoice/versions/b.json`]: schema(2) } } },
      { commit: { message: 'edit a', date: day(3), files: { [`${S}/Invoice/versions/a.details.yaml`]: 'description: first\n' } } },
    ]);
    const order = await derive(dir, backend, 'Order');
    expect(order.versions.map((v) => v[0])).toEqual(['1', '2']);
    const invoice = await derive(dir, backend, 'Invoice');
    expect(invoice.versions.map((v) => [v[0], v[2], v[3]])).toEqual([
      ['a', '2024-03-01T10:00:00Z', 2],
      ['b', '2024-03-02T10:00:00Z', 1],
    ]);
    expect(invoice.meta).toMatchObject({ epoch: 2, createdat: '2024-03-01T10:00:00Z', modifiedat: '2024-03-02T10:00:00Z' });
  });

  it('gives one version per commit of a rebased (linear) feature branch', async () => {
    const dir = await repo([
      { commit: { message: 'v1', date: day(1), files: { [`${S}/Order.json`]: schema(1) } } },
      { commit: { message: 'other', date: day(2), files: { 'README.md': 'x\n' } } },
      { commit: { message: 'rebased f1', date: day(3), files: { [`${S}/Order.json`]: schema(2) } } },
      { commit: { message: 'rebased f2', date: day(4), files: { [`${S}/Order.json`]: schema(3) } } },
    ]);
    const seen = await derive(dir, backend);
    expect(seen.versions.map((v) => [v[0], v[1]])).toEqual([
      ['1', '1'],
      ['2', '1'],
      ['3', '2'],
    ]);
  });

  it('refuses a shallow clone instead of deriving numbers that would change later', async () => {
    const src = await repo([
      { commit: { message: 'v1', date: day(1), files: { [`${S}/Order.json`]: schema(1) } } },
      { commit: { message: 'v2', date: day(2), files: { [`${S}/Order.json`]: schema(2) } } },
    ]);
    const shallow = join(await mkdtemp(join(tmpdir(), 'xrgit-shallow-')), 'clone');
    await shallowClone(src, shallow, 1);
    const store = await openGitStore(shallow, { backend });
    try {
      await expect(deriveHistory(store, 'HEAD', { dir: 'registry' })).rejects.toSatisfy((e: unknown) => isGitError(e, 'shallow-clone'));
    } finally {
      await store.close();
    }
  });
});

describe('the derived-history cache', () => {
  it('reads only the new commits after a cached build and gives the same state as a full derivation', async () => {
    const steps: ScriptStep[] = [
      { commit: { message: 'v1', date: day(1), files: { [`${S}/Order.json`]: schema(1), 'registry/schemagroups/g/schemagroup.yaml': 'name: G\n' } } },
      { commit: { message: 'v2', date: day(2), files: { [`${S}/Order.json`]: schema(2) } } },
    ];
    const dir = await repo(steps);
    const cacheDir = await mkdtemp(join(tmpdir(), 'xrgit-cache-'));
    const cache = fileHistoryCache(cacheDir, 'test');
    const store = await openGitStore(dir, { backend: 'git-cli' });
    try {
      const first = await deriveHistory(store, 'HEAD', { dir: 'registry', cache });
      expect(first).toMatchObject({ commitsRead: 2, fromCache: false });
      const again = await deriveHistory(store, 'HEAD', { dir: 'registry', cache });
      expect(again).toMatchObject({ commitsRead: 0, fromCache: true });
    } finally {
      await store.close();
    }
    const more = [...steps, { commit: { message: 'v3', date: day(3), files: { [`${S}/Order.json`]: schema(3) } } }];
    const dir2 = await repo(more);
    const store2 = await openGitStore(dir2, { backend: 'git-cli' });
    try {
      const cache2 = fileHistoryCache(await mkdtemp(join(tmpdir(), 'xrgit-cache-')), 'test');
      const tip = await store2.resolveRef('HEAD');
      const parent = (await store2.firstParentLog(tip)).at(-2)!.oid;
      await deriveHistory(store2, parent, { dir: 'registry', cache: cache2 });
      const incremental = await deriveHistory(store2, 'HEAD', { dir: 'registry', cache: cache2 });
      expect(incremental).toMatchObject({ commitsRead: 1, fromCache: true });
      const full = await deriveHistory(store2, 'HEAD', { dir: 'registry' });
      expect(incremental.state.history).toEqual(full.state.history);
    } finally {
      await store2.close();
    }
  });
});
