export { deriveHistory, type DeriveHistoryOptions, type DerivedState } from './derive.js';
export { HistoryWalker, commitTime, type HistoryState } from './derive-history.js';
export { applyCommit, type CommitStamp } from './apply-commit.js';
export { applyHistory, type RegistryWithHistory, type PendingOptions } from './apply-history.js';
export { fileHistoryCache, type HistoryCache } from './history-cache.js';
export { emptyHistory, HISTORY_FORMAT, type DerivedHistory, type DerivedTimes, type DerivedVersion, type DerivedResource } from './derived-history.js';
export type { EntityPrint, RegistryPrint } from './entity-print.js';
export { contentHash, canonicalJson } from './content-hash.js';
