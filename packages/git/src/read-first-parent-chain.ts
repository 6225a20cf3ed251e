import git, { type CommitObject } from 'isomorphic-git';
import type { CommitChanges, FileChange, GitSignature } from './git-store.js';
import { isoObjectError, type IsoRepo } from './iso-repo.js';

/** A commit of a first-parent chain with the root tree of its first parent. */
export interface ChainCommit {
  readonly oid: string;
  readonly commit: CommitObject;
  /** `undefined` for a root commit, and for a commit on a shallow boundary. */
  readonly parentTree: string | undefined;
}

/**
 * Walks the first parents from `tip` until `since` (excluded), a root commit, or a commit in
 * `shallow` (included, its parent is absent). Returns the commits oldest first.
 * @throws GitError `object-missing` when a commit on the way cannot be read.
 */
export async function readFirstParentChain(repo: IsoRepo, tip: string, since: string | undefined, shallow: ReadonlySet<string>): Promise<ChainCommit[]> {
  const read = async (oid: string) => {
    try {
      return (await git.readCommit({ fs: repo.fs, gitdir: repo.gitdir, oid, cache: repo.cache })).commit;
    } catch (e) {
      throw isoObjectError(e, oid, 'commit');
    }
  };
  const commits: Array<{ oid: string; commit: CommitObject }> = [];
  let oid: string | undefined = tip;
  while (oid !== undefined && oid !== since) {
    const commit = await read(oid);
    commits.push({ oid, commit });
    oid = shallow.has(oid) ? undefined : commit.parent[0];
  }
  const oldest = commits.at(-1);
  const lastParent = oldest && oid !== undefined ? (await read(oid)).tree : undefined;
  return commits.map((c, i) => ({ ...c, parentTree: commits[i + 1]?.commit.tree ?? lastParent })).reverse();
}

/** The {@link CommitChanges} record of a chain commit, with its changes. */
export function toCommitChanges(c: ChainCommit, changes: FileChange[]): CommitChanges {
  const sig = (s: CommitObject['author']): GitSignature => ({
    name: s.name,
    email: s.email,
    time: s.timestamp,
    // isomorphic-git stores the offset with JavaScript's sign (west positive): +0100 is -60.
    tzOffsetMinutes: 0 - s.timezoneOffset || 0,
  });
  return { oid: c.oid, parents: [...c.commit.parent], author: sig(c.commit.author), committer: sig(c.commit.committer), message: c.commit.message, changes };
}
