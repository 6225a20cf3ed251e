import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Why {@link writeLayout} wrote nothing: `files-exist`, with the paths that already exist. */
export class LayoutWriteError extends Error {
  readonly code = 'files-exist';
  constructor(readonly data: { dir: string; paths: string[] }) {
    super(`${data.dir} already has ${data.paths.join(', ')}; nothing was written. Import into an empty directory, or remove those files.`);
    this.name = 'LayoutWriteError';
  }
}

/**
 * Writes `files` (paths relative to `dir`, `/` separators) under `dir`, creating directories as
 * needed. Checks every path first and writes nothing when any of them exists.
 * @throws LayoutWriteError `files-exist` when a path exists; file system errors as Node throws them.
 */
export function writeLayout(files: ReadonlyMap<string, Uint8Array>, dir: string): void {
  const existing = [...files.keys()].filter((p) => existsSync(join(dir, p)));
  if (existing.length > 0) throw new LayoutWriteError({ dir, paths: existing });
  for (const [path, bytes] of files) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes, { flag: 'wx' });
  }
}
