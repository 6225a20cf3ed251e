import { fileChange, type ChangeSide } from './file-change.js';
import type { FileChange } from './git-store.js';
import { readIsoTree, type IsoRepo, type IsoTreeEntry } from './iso-repo.js';

const side = (e: IsoTreeEntry | undefined): ChangeSide | undefined => (e && e.type !== 'tree' ? { oid: e.oid, mode: e.mode } : undefined);
const tree = (e: IsoTreeEntry | undefined): string | undefined => (e?.type === 'tree' ? e.oid : undefined);

/**
 * Appends to `out` the file changes between two tree objects (`undefined` = empty tree), paths
 * prefixed with `prefix`. Subtrees with equal oids are skipped without being read, so the cost
 * follows the size of the change, not of the tree. The order of `out` is unspecified.
 */
export async function diffTreeObjects(repo: IsoRepo, a: string | undefined, b: string | undefined, prefix: string, out: FileChange[]): Promise<void> {
  if (a === b) return;
  const [ea, eb] = await Promise.all([a ? readIsoTree(repo, a) : [], b ? readIsoTree(repo, b) : []]);
  const before = new Map(ea.map((e) => [e.path, e]));
  const after = new Map(eb.map((e) => [e.path, e]));
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const x = before.get(name);
    const y = after.get(name);
    const path = prefix === '' ? name : `${prefix}/${name}`;
    if (tree(x) !== tree(y)) await diffTreeObjects(repo, tree(x), tree(y), path, out);
    const change = fileChange(path, side(x), side(y));
    if (change) out.push(change);
  }
}
