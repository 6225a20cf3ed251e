import type { TreeEntry } from './git-store.js';
import { readIsoTree, type IsoRepo } from './iso-repo.js';
import { treeEntryKind } from './tree-entry-kind.js';

/**
 * Appends every blob below tree `oid` to `out`, paths prefixed with `prefix`. Gitlinks are
 * skipped. The order of `out` is unspecified.
 */
export async function listTreeObjects(repo: IsoRepo, oid: string, prefix: string, out: TreeEntry[]): Promise<void> {
  const entries = await readIsoTree(repo, oid);
  await Promise.all(
    entries.map(async (e) => {
      const path = prefix === '' ? e.path : `${prefix}/${e.path}`;
      if (e.type === 'tree') return listTreeObjects(repo, e.oid, path, out);
      const kind = treeEntryKind(e.mode);
      if (e.type === 'blob' && kind) out.push({ path, oid: e.oid, mode: e.mode, kind });
    }),
  );
}
