import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ScriptedFile } from './fast-import-stream.js';
import { runGit } from './run-git.js';
import { ScriptInterpreter } from './script-interpreter.js';

export type { ScriptedFile } from './fast-import-stream.js';

/**
 * One step of a scripted history. Dates are ISO 8601 with a zone; without one a commit gets
 * 2024-01-01T00:00:00Z plus one minute per commit, so ids never depend on the clock.
 */
export type ScriptStep =
  /** Commit on the current branch: `null` deletes a path, `{ symlink }` writes a link. */
  | { readonly commit: { readonly message: string; readonly files?: Record<string, ScriptedFile | null>; readonly date?: string } }
  /** Create a branch at the current commit and switch to it. */
  | { readonly branch: string }
  /** Switch to an existing branch. */
  | { readonly checkout: string }
  /**
   * Merge commit (always, never a fast-forward) of `merge` into the current branch; a file-level
   * three-way merge. Conflicting paths must be resolved in `files`.
   */
  | { readonly merge: string; readonly message?: string; readonly date?: string; readonly files?: Record<string, ScriptedFile | null> }
  /** Move a file; the move is part of the next commit step (as in `git mv`). */
  | { readonly rename: readonly [string, string] }
  /** Tag the current commit: annotated when `message` is given, lightweight otherwise. */
  | { readonly tag: string; readonly message?: string; readonly date?: string };

/** Options of {@link createScriptedRepo}. */
export interface ScriptedRepoOptions {
  /** Initial branch (default `main`). */
  readonly branch?: string;
  /** Author and committer of every commit (default `xrgit test <test@xrgit.invalid>`). */
  readonly identity?: { readonly name: string; readonly email: string };
}

/** A repository built by {@link createScriptedRepo}. */
export interface ScriptedRepo {
  /** The working-tree root. */
  readonly dir: string;
  /** Commit oid of every `commit` and `merge` step, in step order. */
  readonly commits: readonly string[];
}

/**
 * Builds a real git repository in `dir` (created if needed, must not hold a repository) from
 * literal steps, with one `git fast-import`, then checks out the branch the script ends on.
 * Author, committer and dates are fixed, so the same script always gives the same commit ids.
 * Fast enough for tens of thousands of commits.
 * @throws Error for a script mistake (unknown branch, unresolved conflict, bad date);
 * GitError `git-missing` / `git-failed` when git cannot run.
 */
export async function createScriptedRepo(dir: string, steps: readonly ScriptStep[], options: ScriptedRepoOptions = {}): Promise<ScriptedRepo> {
  const branch = options.branch ?? 'main';
  const who = options.identity ?? { name: 'xrgit test', email: 'test@xrgit.invalid' };
  const interpreter = new ScriptInterpreter(branch, `${who.name} <${who.email}>`, steps.some((s) => 'merge' in s));
  for (const step of steps) interpreter.apply(step);
  interpreter.finish();
  await mkdir(dir, { recursive: true });
  await runGit(['init', '--quiet', `--initial-branch=${branch}`], { cwd: dir });
  await runGit(['config', 'core.autocrlf', 'false'], { cwd: dir });
  const marks = join(dir, '.git', 'xrgit-marks');
  await runGit(['fast-import', '--quiet', '--date-format=raw', `--export-marks=${marks}`], { cwd: dir, input: interpreter.stream.toBuffer() });
  await runGit(['symbolic-ref', 'HEAD', `refs/heads/${interpreter.current}`], { cwd: dir });
  if (interpreter.hasCommit()) await runGit(['reset', '--quiet', '--hard'], { cwd: dir });
  const byMark = new Map((await readFile(marks, 'utf8')).split('\n').filter(Boolean).map((l) => l.split(' ') as [string, string]));
  await rm(marks);
  return { dir, commits: interpreter.commitMarks.map((m) => byMark.get(`:${m}`)!) };
}

/**
 * Clones `src` into `dest` keeping only the last `depth` commits of each branch (over
 * `file://`, since git ignores `--depth` for local paths), like CI checkouts do by default.
 */
export async function shallowClone(src: string, dest: string, depth: number): Promise<void> {
  await runGit(['clone', '--quiet', '--no-local', `--depth=${depth}`, pathToFileURL(src).href, dest], { cwd: process.cwd() });
}
