import { runGit } from './run-git.js';

/** The oldest git the CLI backend supports: 2.31 added `git log --diff-merges=first-parent`. */
export const MIN_GIT_VERSION: readonly [number, number] = [2, 31];

let detected: Promise<string | undefined> | undefined;

/**
 * The version of the `git` on `PATH` (`"2.39.5"`), or `undefined` when it cannot be run.
 * Detected once per process.
 */
export function gitVersion(): Promise<string | undefined> {
  detected ??= runGit(['--version'], { cwd: process.cwd() }).then(
    (r) => /(\d+\.\d+(?:\.\d+)?)/.exec(r.stdout.toString('utf8'))?.[1],
    () => undefined,
  );
  return detected;
}

/** True when `version` (`"2.39.5"`) is at least {@link MIN_GIT_VERSION}. */
export function isSupportedGitVersion(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > MIN_GIT_VERSION[0] || (major === MIN_GIT_VERSION[0] && minor >= MIN_GIT_VERSION[1]);
}
