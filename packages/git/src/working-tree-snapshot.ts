import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { sortByPath } from './compare-paths.js';
import type { FileSnapshot, SnapshotFile } from './file-snapshot.js';
import { GitError } from './git-error.js';
import { listWorkingFiles } from './list-working-files.js';
import { normalizeDir } from './normalize-dir.js';
import { chooseBackend, type GitBackendChoice } from './open-git-store.js';

/** Options of {@link workingTreeSnapshot}. */
export interface WorkingTreeSnapshotOptions {
  /** How ignored files are found: `git ls-files` or isomorphic-git's `isIgnored` (default `'auto'`). */
  readonly backend?: GitBackendChoice;
}

/**
 * The files under `dir` in the working tree of `repoRoot` (uncommitted edits included) as a
 * {@link FileSnapshot}: `.git` and paths ignored by `.gitignore` are skipped, and a symbolic
 * link is never followed out of the repository (it is listed as `'symlink-outside'`).
 * The list is taken once, when this resolves.
 * @throws GitError `git-missing` / `git-failed` from the git binary.
 */
export async function workingTreeSnapshot(repoRoot: string, dir: string, options: WorkingTreeSnapshotOptions = {}): Promise<FileSnapshot> {
  const d = normalizeDir(dir);
  const root = await realpath(repoRoot);
  const paths = await listWorkingFiles(repoRoot, d, await chooseBackend(options.backend));
  const files: SnapshotFile[] = [];
  for (const repoPath of paths) {
    const file = await inspect(root, repoPath);
    if (file) files.push({ ...file, path: d === '' ? repoPath : repoPath.slice(d.length + 1) });
  }
  sortByPath(files);
  const byPath = new Map(files.map((f) => [f.path, f]));
  return {
    files: async () => files.map((f) => ({ ...f })),
    read: async (path) => {
      const file = byPath.get(path);
      const full = join(root, d, path);
      if (file?.kind === 'file' && (await inspect(root, relative(root, full).split(sep).join('/')))?.kind === 'file') return new Uint8Array(await readFile(full));
      throw new GitError('not-in-snapshot', { path, reason: file?.kind === 'symlink-outside' || file?.kind === 'symlink-broken' ? file.kind : 'missing' });
    },
  };
}

/** What a repository path is on disk now; `undefined` when it is gone or is a directory. */
async function inspect(root: string, repoPath: string): Promise<Omit<SnapshotFile, 'path'> | undefined> {
  const full = join(root, repoPath);
  const info = await lstat(full).catch(() => undefined);
  if (!info || info.isDirectory()) return undefined;
  if (!info.isSymbolicLink()) return info.isFile() ? { kind: 'file', size: info.size } : undefined;
  const target = await realpath(full).catch(() => undefined);
  if (target === undefined) return { kind: 'symlink-broken' };
  const rel = relative(root, target);
  // A link into .git counts as outside: repository internals are never content.
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) || rel.split(sep)[0] === '.git') return { kind: 'symlink-outside' };
  const targetInfo = await stat(target);
  return targetInfo.isFile() ? { kind: 'file', size: targetInfo.size } : { kind: 'symlink-broken' };
}
