import { posix } from 'node:path';
import type { FileSnapshot, SnapshotFile } from './file-snapshot.js';
import { GitError } from './git-error.js';
import type { GitStore, TreeEntry } from './git-store.js';
import { normalizeDir } from './normalize-dir.js';

const MAX_LINK_HOPS = 8;

/**
 * The files under `dir` in `commit` as a {@link FileSnapshot}. A symbolic link is followed
 * inside the commit's tree (up to 8 hops); one leaving the repository is `'symlink-outside'`.
 * @param commit a full commit oid (see `GitStore.resolveRef`).
 * @throws GitError `object-missing` (from the store) when the commit is absent.
 */
export async function commitSnapshot(store: GitStore, commit: string, dir: string): Promise<FileSnapshot> {
  const d = normalizeDir(dir);
  const entries = await store.listTree(commit, d);
  const whole = entries.some((e) => e.kind === 'symlink') ? await store.listTree(commit) : entries;
  const byPath = new Map(whole.map((e) => [e.path, e]));
  const files: SnapshotFile[] = [];
  const blobs = new Map<string, string>();
  for (const entry of entries) {
    const path = d === '' ? entry.path : entry.path.slice(d.length + 1);
    const target = await followLinks(store, byPath, entry);
    files.push({ path, kind: typeof target === 'string' ? target : 'file' });
    if (typeof target !== 'string') blobs.set(path, target.oid);
  }
  return {
    files: async () => files.map((f) => ({ ...f })),
    read: async (path) => {
      const oid = blobs.get(path);
      if (oid !== undefined) return store.readBlob(oid);
      const kind = files.find((f) => f.path === path)?.kind;
      throw new GitError('not-in-snapshot', { path, reason: kind === 'symlink-outside' || kind === 'symlink-broken' ? kind : 'missing' });
    },
  };
}

/** The regular file a tree entry finally names, or why it names none. */
async function followLinks(store: GitStore, byPath: ReadonlyMap<string, TreeEntry>, entry: TreeEntry): Promise<TreeEntry | 'symlink-outside' | 'symlink-broken'> {
  let current = entry;
  for (let hop = 0; current.kind === 'symlink'; hop++) {
    if (hop === MAX_LINK_HOPS) return 'symlink-broken';
    const target = new TextDecoder().decode(await store.readBlob(current.oid));
    const resolved = posix.normalize(posix.join(posix.dirname(current.path), target));
    if (posix.isAbsolute(target) || resolved === '..' || resolved.startsWith('../')) return 'symlink-outside';
    const next = byPath.get(resolved);
    if (next === undefined) return 'symlink-broken';
    current = next;
  }
  return current;
}
