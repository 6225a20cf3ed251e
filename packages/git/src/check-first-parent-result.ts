import { GitError } from './git-error.js';
import type { CommitChanges } from './git-store.js';

/** What {@link checkFirstParentResult} checks a first-parent log against. */
export interface FirstParentContext {
  readonly ref: string;
  readonly tip: string;
  readonly since: string | undefined;
  /** Commits at the boundary of a shallow clone (their parents are absent). */
  readonly shallow: ReadonlySet<string>;
}

/**
 * The checks both backends apply to a first-parent log (oldest first) so they fail alike.
 * @throws GitError `shallow-clone` when a listed commit sits on the shallow boundary (its
 * history is cut off); `not-an-ancestor` when `since` is not the first parent of the oldest commit.
 */
export function checkFirstParentResult(commits: readonly CommitChanges[], context: FirstParentContext): void {
  const cut = commits.find((c) => context.shallow.has(c.oid));
  if (cut) throw new GitError('shallow-clone', { commit: cut.oid });
  if (context.since !== undefined && commits[0]?.parents[0] !== context.since) {
    throw new GitError('not-an-ancestor', { since: context.since, ref: context.ref });
  }
}
