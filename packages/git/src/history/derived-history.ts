import type { EntityPrint } from './entity-print.js';

/** Derived, registry-computed values of one entity (core/spec.md §epoch, §createdat, §modifiedat). */
export interface DerivedTimes {
  epoch: number;
  createdat: string;
  modifiedat: string;
}

/** One Version of a history-derived Resource. */
export interface DerivedVersion extends DerivedTimes {
  id: string;
  ancestorid: string;
  /** The git blob of the document, when the document is a file of its own. */
  docBlob?: string;
  /** The document hash (identifies the content; equal hashes = same document). */
  doc: string;
  /** The Version's attributes as they were when it was last the newest. */
  attributes: Record<string, unknown>;
}

/** The history of one history-derived Resource. */
export interface DerivedResource {
  /** Highest numeric version id ever used; ids are never reused (DESIGN.md §3). */
  maxId: number;
  versions: DerivedVersion[];
}

/** Everything derived from history up to one commit; serializable as JSON for the cache. */
export interface DerivedHistory {
  /** Format version of this structure; a cache with another value is ignored. */
  format: number;
  /** The commit this state is at (undefined before the first commit). */
  commit?: string;
  /** Times of every live entity by xid (Resources by their xid: these are meta's). */
  times: Record<string, DerivedTimes>;
  /** Epochs of entities that no longer exist, so a re-created entity continues upwards. */
  retiredEpochs: Record<string, number>;
  /** Highest version id ever used by Resource xid, kept across deletions. */
  maxIds: Record<string, number>;
  resources: Record<string, DerivedResource>;
  /** The prints of the last commit, by xid. */
  prints: Record<string, EntityPrint>;
}

export const HISTORY_FORMAT = 1;

/** An empty history. */
export function emptyHistory(): DerivedHistory {
  return { format: HISTORY_FORMAT, times: {}, retiredEpochs: {}, maxIds: {}, resources: {}, prints: {} };
}
