/**
 * @xrgit/git: git storage for xrgit. One GitStore interface over two backends (isomorphic-git
 * and the git binary), file snapshots of commits and working trees, scripted test repositories, and
 * the registry layout loader (docs/layout.md).
 */
export * from './git-store.js';
export { GitError, isGitError, type GitErrorCode, type GitErrorData } from './git-error.js';
export { openGitStore, chooseBackend, BACKEND_ENV, type GitBackendChoice, type OpenGitStoreOptions } from './open-git-store.js';
export { CliGitStore } from './cli-git-store.js';
export { IsoGitStore } from './iso-git-store.js';
export { comparePaths, sortByPath } from './compare-paths.js';
export type { FileSnapshot, SnapshotFile } from './file-snapshot.js';
export { commitSnapshot } from './commit-snapshot.js';
export { workingTreeSnapshot, type WorkingTreeSnapshotOptions } from './working-tree-snapshot.js';
export { createScriptedRepo, shallowClone, type ScriptStep, type ScriptedFile, type ScriptedRepo, type ScriptedRepoOptions } from './scripted-repo.js';
export { createLargeRepo, type LargeRepoOptions } from './large-repo.js';
export * from './layout/index.js';
export * from './layout-writer/index.js';
export * from './history/index.js';
export { loadRegistry, type LoadRegistryOptions, type LoadedRegistry } from './registry/load-registry.js';
export { findRepoRoot } from './registry/find-repo-root.js';
export { seededRandom } from './seeded-random.js';
