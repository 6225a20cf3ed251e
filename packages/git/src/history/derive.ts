import { isGitError } from '../git-error.js';
import type { CommitChanges, GitStore } from '../git-store.js';
import { HistoryWalker, type HistoryState } from './derive-history.js';
import type { HistoryCache } from './history-cache.js';

/** Options of {@link deriveHistory}. */
export interface DeriveHistoryOptions {
  /** The registry directory, repository-relative ('' for the root). */
  dir: string;
  cache?: HistoryCache;
}

/** The result of deriving history up to a commit. */
export interface DerivedState {
  head: string;
  state: HistoryState;
  /** How many commits were read (0 when the cache was already at `head`). */
  commitsRead: number;
  /** True when a cached state was continued. */
  fromCache: boolean;
}

/**
 * Derives versions, epochs and timestamps from the first-parent history of `ref` (DESIGN.md §3),
 * continuing from the cached state when it is an ancestor of `ref`, so that a build after N new
 * commits reads only those N commits.
 * @throws GitError `shallow-clone` when the history is cut off: the numbers would change once
 *   the full history is fetched, so none are derived.
 */
export async function deriveHistory(store: GitStore, ref: string, options: DeriveHistoryOptions): Promise<DerivedState> {
  const head = await store.resolveRef(ref);
  const dir = options.dir === '.' ? '' : options.dir.replace(/\/+$/, '');
  let state = await options.cache?.load(dir);
  let log: CommitChanges[];
  let fromCache = state?.history.commit !== undefined;
  try {
    log = await store.firstParentLog(head, { ...(dir ? { dir } : {}), ...(fromCache ? { since: state!.history.commit! } : {}) });
  } catch (e) {
    if (!fromCache || !(isGitError(e, 'not-an-ancestor') || isGitError(e, 'object-missing'))) throw e;
    state = undefined;
    fromCache = false;
    log = await store.firstParentLog(head, dir ? { dir } : {});
  }
  const walker = new HistoryWalker(store, dir, fromCache ? state : undefined);
  if (fromCache) await walker.prime();
  for (const commit of log) await walker.apply(commit);
  if (log.length > 0) walker.state.history.commit = head;
  await options.cache?.save(dir, walker.state);
  return { head, state: walker.state, commitsRead: log.length, fromCache };
}
