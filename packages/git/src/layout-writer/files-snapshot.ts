import type { FileSnapshot, SnapshotFile } from '../file-snapshot.js';
import { GitError } from '../git-error.js';

/** A {@link FileSnapshot} over files in memory (for reading a layout back before it is written). */
export function filesSnapshot(files: ReadonlyMap<string, Uint8Array>): FileSnapshot {
  const paths = [...files.keys()].sort();
  return {
    files: async (): Promise<SnapshotFile[]> => paths.map((path) => ({ path, kind: 'file' as const })),
    read: async (path: string): Promise<Uint8Array> => {
      const bytes = files.get(path);
      if (bytes === undefined) throw new GitError('not-in-snapshot', { path, reason: 'missing' });
      return bytes;
    },
  };
}
