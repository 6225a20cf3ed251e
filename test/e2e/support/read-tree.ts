import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One file of a directory tree on disk. */
export interface TreeFile {
  bytes: Buffer;
  ino: number;
  mtimeMs: number;
}

/** Every file under `dir` (POSIX relative path → bytes, inode, mtime), sorted by path. */
export async function readTree(dir: string): Promise<Map<string, TreeFile>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const out = new Map<string, TreeFile>();
  for (const abs of files.sort()) {
    const st = await lstat(abs);
    out.set(abs.slice(dir.length + 1).split('\\').join('/'), { bytes: await readFile(abs), ino: st.ino, mtimeMs: st.mtimeMs });
  }
  return out;
}

/** Path → content, for comparing the bytes of two trees. */
export function contents(tree: Map<string, TreeFile>): Map<string, string> {
  return new Map([...tree].map(([p, f]) => [p, f.bytes.toString('base64')]));
}
