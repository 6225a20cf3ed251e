import git from 'isomorphic-git';
import { GitError } from './git-error.js';
import type { IsoRepo } from './iso-repo.js';

const REVISION = /^(.+?)((?:[~^]\d*)*)$/;

/**
 * Resolves a revision with isomorphic-git: a ref name (`HEAD`, branch, tag, `refs/...`) or a full
 * or abbreviated oid, then `~N` / `^N` suffixes; annotated tags are peeled to their commit.
 * @throws GitError `ref-not-found` when any step names no commit.
 */
export async function resolveRevision(repo: IsoRepo, ref: string): Promise<string> {
  const m = REVISION.exec(ref);
  if (!m) throw new GitError('ref-not-found', { ref });
  let oid = await peelToCommit(repo, ref, await resolveBase(repo, ref, m[1]!));
  for (const step of m[2]!.match(/[~^]\d*/g) ?? []) {
    const n = step.length > 1 ? Number(step.slice(1)) : 1;
    oid = step.startsWith('~') ? await ancestor(repo, ref, oid, n) : await nthParent(repo, ref, oid, n);
  }
  return oid;
}

async function resolveBase(repo: IsoRepo, ref: string, base: string): Promise<string> {
  const named = await git.resolveRef({ fs: repo.fs, gitdir: repo.gitdir, ref: base }).catch(() => undefined);
  if (named !== undefined) return named;
  if (/^[0-9a-f]{4,64}$/.test(base)) {
    const expanded = await git.expandOid({ fs: repo.fs, gitdir: repo.gitdir, oid: base, cache: repo.cache }).catch(() => undefined);
    if (expanded !== undefined) return expanded;
  }
  throw new GitError('ref-not-found', { ref });
}

/** The commit oid of `oid` (annotated tags peeled), with its parents. */
async function readParents(repo: IsoRepo, ref: string, oid: string): Promise<{ oid: string; parents: string[] }> {
  try {
    const c = await git.readCommit({ fs: repo.fs, gitdir: repo.gitdir, oid, cache: repo.cache });
    return { oid: c.oid, parents: c.commit.parent };
  } catch (e) {
    throw new GitError('ref-not-found', { ref }, { cause: e });
  }
}

async function peelToCommit(repo: IsoRepo, ref: string, oid: string): Promise<string> {
  return (await readParents(repo, ref, oid)).oid;
}

async function ancestor(repo: IsoRepo, ref: string, oid: string, n: number): Promise<string> {
  let current = oid;
  for (let i = 0; i < n; i++) current = await nthParent(repo, ref, current, 1);
  return current;
}

async function nthParent(repo: IsoRepo, ref: string, oid: string, n: number): Promise<string> {
  if (n === 0) return oid;
  const parent = (await readParents(repo, ref, oid)).parents[n - 1];
  if (parent === undefined) throw new GitError('ref-not-found', { ref });
  return parent;
}
