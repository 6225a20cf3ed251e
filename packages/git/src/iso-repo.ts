import type fs from 'node:fs';
import git from 'isomorphic-git';
import { GitError } from './git-error.js';

/** One repository as isomorphic-git sees it: the fs client, the git directory and a shared object cache. */
export interface IsoRepo {
  readonly fs: typeof fs;
  readonly dir: string;
  readonly gitdir: string;
  /** isomorphic-git's cache object: keeps pack indexes parsed between calls. */
  readonly cache: object;
}

/** A tree entry as isomorphic-git returns it. */
export interface IsoTreeEntry {
  readonly mode: string;
  readonly path: string;
  readonly oid: string;
  readonly type: 'blob' | 'tree' | 'commit';
}

/**
 * The entries of one tree object (a commit oid is peeled to its tree).
 * @throws GitError `object-missing` when the object is absent.
 */
export async function readIsoTree(repo: IsoRepo, oid: string): Promise<readonly IsoTreeEntry[]> {
  try {
    return (await git.readTree({ fs: repo.fs, gitdir: repo.gitdir, oid, cache: repo.cache })).tree;
  } catch (e) {
    throw isoObjectError(e, oid, 'commit');
  }
}

/** Translates an isomorphic-git read failure into a {@link GitError} `object-missing`. */
export function isoObjectError(e: unknown, oid: string, expected: 'blob' | 'commit'): GitError {
  const actual = (e as { code?: string; data?: { actual?: string } }).code === 'ObjectTypeError' ? (e as { data: { actual: string } }).data.actual : undefined;
  return new GitError('object-missing', { oid, expected, ...(actual ? { found: actual } : {}) }, { cause: e });
}

/** The oid of the tree at `dir` (normalized, `''` for the root) below tree `root`, or `undefined`. */
export async function subtreeOid(repo: IsoRepo, root: string, dir: string): Promise<string | undefined> {
  let oid: string | undefined = root;
  for (const name of dir === '' ? [] : dir.split('/')) {
    const entries: readonly IsoTreeEntry[] = await readIsoTree(repo, oid);
    oid = entries.find((e) => e.path === name && e.type === 'tree')?.oid;
    if (oid === undefined) return undefined;
  }
  return oid;
}
