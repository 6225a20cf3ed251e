import { CliGitStore } from './cli-git-store.js';
import { GitError } from './git-error.js';
import type { GitBackendName, GitStore } from './git-store.js';
import { gitVersion, isSupportedGitVersion, MIN_GIT_VERSION } from './git-version.js';
import { IsoGitStore } from './iso-git-store.js';

/** Which backend {@link openGitStore} should use; `'auto'` prefers the git binary. */
export type GitBackendChoice = 'auto' | GitBackendName;

/** Options of {@link openGitStore}. */
export interface OpenGitStoreOptions {
  /** Default `'auto'`, which the environment variable `XRGIT_GIT_BACKEND` may override. */
  readonly backend?: GitBackendChoice;
}

/** Name of the environment variable that forces a backend when the caller asked for `'auto'`. */
export const BACKEND_ENV = 'XRGIT_GIT_BACKEND';

/**
 * Opens the repository whose working-tree root is `dir`.
 * The backend: an explicit `options.backend` wins; else `XRGIT_GIT_BACKEND`; else `'auto'`, which
 * takes `git-cli` when `git --version` reports 2.31 or later and `isomorphic-git` otherwise.
 * @throws GitError `not-a-repository`; `git-missing` when `git-cli` is forced but unusable;
 * `invalid-backend` for an unknown choice.
 */
export async function openGitStore(dir: string, options: OpenGitStoreOptions = {}): Promise<GitStore> {
  const backend = await chooseBackend(options.backend);
  return backend === 'git-cli' ? CliGitStore.open(dir) : IsoGitStore.open(dir);
}

/** The backend {@link openGitStore} would use for `choice`; see there for the rules. */
export async function chooseBackend(choice: GitBackendChoice = 'auto'): Promise<GitBackendName> {
  const fromEnv = process.env[BACKEND_ENV];
  const source = choice === 'auto' && fromEnv ? `${BACKEND_ENV}` : 'the backend option';
  const wanted = choice === 'auto' && fromEnv ? fromEnv : choice;
  if (wanted !== 'auto' && wanted !== 'git-cli' && wanted !== 'isomorphic-git') throw new GitError('invalid-backend', { value: wanted, source });
  if (wanted === 'isomorphic-git') return wanted;
  const version = await gitVersion();
  const usable = version !== undefined && isSupportedGitVersion(version);
  if (wanted === 'auto') return usable ? 'git-cli' : 'isomorphic-git';
  if (!usable) {
    const detail = version ? `found ${version}, need ${MIN_GIT_VERSION.join('.')} or later` : 'git is not on PATH';
    throw new GitError('git-missing', { command: 'git --version', detail });
  }
  return 'git-cli';
}
