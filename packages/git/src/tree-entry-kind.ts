import type { TreeEntry } from './git-store.js';

const KIND: Record<string, TreeEntry['kind']> = { '100644': 'file', '100755': 'executable', '120000': 'symlink' };

/** The {@link TreeEntry} kind of a git file mode, or `undefined` for trees and gitlinks. */
export function treeEntryKind(mode: string): TreeEntry['kind'] | undefined {
  return KIND[mode];
}
