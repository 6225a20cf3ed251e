import type { EntityTimes } from '@xrgit/core';
import { commitSnapshot } from '../commit-snapshot.js';
import { isGitError } from '../git-error.js';
import type { GitStore } from '../git-store.js';
import { applyHistory } from '../history/apply-history.js';
import { deriveHistory } from '../history/derive.js';
import type { HistoryCache } from '../history/history-cache.js';
import { loadLayout, type LoadedLayout } from '../layout/index.js';
import { openGitStore, type GitBackendChoice } from '../open-git-store.js';
import { workingTreeSnapshot } from '../working-tree-snapshot.js';

/** Options of {@link loadRegistry}. */
export interface LoadRegistryOptions {
  /** The repository root; undefined when the registry is not in a git repository. */
  repoRoot: string | undefined;
  /** The registry directory: repository-relative, or an absolute path when there is no repository. */
  dir: string;
  /** The commit to read (any revision); undefined reads the working tree as a pending commit on HEAD. */
  ref?: string;
  cache?: HistoryCache;
  backend?: GitBackendChoice;
  /** Time of pending (uncommitted) changes; the working tree has no commit time. */
  now?: () => string;
}

/** A registry read from a commit or from the working tree, with its history applied. */
export interface LoadedRegistry extends LoadedLayout {
  /** The commit read (undefined for a working tree without commits, or outside git). */
  commit?: string;
  /** Registry-computed times by xid; undefined for entities history does not know. */
  times: (xid: string) => EntityTimes | undefined;
  /** xids of Versions that exist only in the working tree. */
  pending: Set<string>;
  /** False when versions could not be derived (not a repository, or no commits yet). */
  historyAvailable: boolean;
}

/**
 * Reads the registry at `ref` (or the working tree) and applies the history derived from the
 * first-parent chain: versions, ancestors, epochs and timestamps (DESIGN.md §3).
 * @throws GitError `shallow-clone` (history cut off), `ref-not-found`, and the other
 *   operational errors of the storage layer.
 */
export async function loadRegistry(options: LoadRegistryOptions): Promise<LoadedRegistry> {
  if (options.repoRoot === undefined) {
    const loaded = await loadLayout(await workingTreeSnapshot(options.dir, '', { backend: 'isomorphic-git' }));
    return { ...loaded, times: () => undefined, pending: new Set(), historyAvailable: false };
  }
  const store = await openGitStore(options.repoRoot, options.backend ? { backend: options.backend } : {});
  try {
    return await loadFromRepository(store, options.repoRoot, options);
  } finally {
    await store.close();
  }
}

async function loadFromRepository(store: GitStore, repoRoot: string, options: LoadRegistryOptions): Promise<LoadedRegistry> {
  const head = await resolveOrUndefined(store, options.ref ?? 'HEAD', options.ref !== undefined);
  const snapshot = options.ref !== undefined ? await commitSnapshot(store, head!, options.dir) : await workingTreeSnapshot(repoRoot, options.dir, options.backend ? { backend: options.backend } : {});
  const loaded = await loadLayout(snapshot);
  if (head === undefined) return { ...loaded, times: () => undefined, pending: new Set(), historyAvailable: false };
  const derived = await deriveHistory(store, head, { dir: options.dir, ...(options.cache ? { cache: options.cache } : {}) });
  const pending = options.ref === undefined ? { time: (options.now ?? nowUtc)(), xids: new Set<string>() } : undefined;
  const { registry, times } = await applyHistory(loaded.registry, loaded.historyResources, derived.state.history, store, pending);
  return { ...loaded, registry, commit: head, times, pending: pending?.xids ?? new Set(), historyAvailable: true };
}

async function resolveOrUndefined(store: GitStore, ref: string, required: boolean): Promise<string | undefined> {
  try {
    return await store.resolveRef(ref);
  } catch (e) {
    if (!required && isGitError(e, 'ref-not-found')) return undefined;
    throw e;
  }
}

function nowUtc(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
