import fs from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import git from 'isomorphic-git';
import type { GitBackendName } from './git-store.js';
import { isUnder } from './normalize-dir.js';
import { runGit } from './run-git.js';

/**
 * Repository-relative paths under `dir` (normalized) in the working tree that git would see:
 * tracked files plus untracked files not ignored by `.gitignore`, `.git/info/exclude` and the
 * user's excludes file. Tracked paths deleted from disk may be included (callers `lstat`).
 * Unsorted, without duplicates.
 */
export async function listWorkingFiles(root: string, dir: string, backend: GitBackendName): Promise<string[]> {
  if (backend === 'git-cli') {
    const args = ['--literal-pathspecs', 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...(dir ? [dir] : [])];
    const out = (await runGit(args, { cwd: root })).stdout.toString('utf8').split('\0');
    return [...new Set(out.filter((p) => p !== '' && !p.endsWith('/')))];
  }
  const tracked = new Set((await git.listFiles({ fs, dir: root })).filter((p) => isUnder(p, dir)));
  const found = new Set(tracked);
  await walk(root, dir, found);
  return [...found];
}

/** Adds the untracked, not ignored files below `rel` to `found`. Nested repositories are skipped. */
async function walk(root: string, rel: string, found: Set<string>): Promise<void> {
  const entries = await readdir(join(root, rel), { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const path = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.name === '.git' || found.has(path)) continue;
    if (await git.isIgnored({ fs, dir: root, filepath: path })) continue;
    if (!e.isDirectory()) found.add(path);
    else if (!fs.existsSync(join(root, path, '.git'))) await walk(root, path, found);
  }
}
