import { mkdir } from 'node:fs/promises';
import { FastImportStream } from './fast-import-stream.js';
import { runGit } from './run-git.js';

/** Options of {@link createLargeRepo}. */
export interface LargeRepoOptions {
  /** Number of commits on `main` (linear history). */
  readonly commits: number;
  /** Files written by each commit (default 3). */
  readonly filesPerCommit?: number;
  /** Distinct files the commits cycle through (default 1000): commits first add them, then modify. */
  readonly files?: number;
  /** Directories the files are spread over (default 10), named `d0` ... */
  readonly dirs?: number;
  /** Directory every path is nested under (default `registry`). */
  readonly root?: string;
}

/**
 * Builds a large, deterministic, linear repository for benchmarks with one `git fast-import`:
 * commit `i` (0-based, one minute apart from 2024-01-01T00:00:00Z) writes `filesPerCommit`
 * JSON files `<root>/d<k>/f<n>.json`, and checks out the last commit.
 * @returns the oid of the last commit.
 */
export async function createLargeRepo(dir: string, options: LargeRepoOptions): Promise<string> {
  const perCommit = options.filesPerCommit ?? 3;
  const pool = options.files ?? 1000;
  const dirs = options.dirs ?? 10;
  const root = options.root ?? 'registry';
  const stream = new FastImportStream();
  for (let i = 0; i < options.commits; i++) {
    const files = new Map<string, string>();
    for (let k = 0; k < perCommit; k++) {
      const n = (i * perCommit + k) % pool;
      files.set(`${root}/d${n % dirs}/f${n}.json`, `{ "file": ${n}, "commit": ${i} }\n`);
    }
    const date = `${Date.parse('2024-01-01T00:00:00Z') / 1000 + i * 60} +0000`;
    stream.commit({ ref: 'refs/heads/main', mark: i + 1, from: i === 0 ? undefined : i, merges: [], identity: 'xrgit bench <bench@xrgit.invalid>', date, message: `commit ${i}\n`, files });
  }
  await mkdir(dir, { recursive: true });
  await runGit(['init', '--quiet', '--initial-branch=main'], { cwd: dir });
  await runGit(['fast-import', '--quiet', '--date-format=raw'], { cwd: dir, input: stream.toBuffer() });
  await runGit(['reset', '--quiet', '--hard'], { cwd: dir });
  return (await runGit(['rev-parse', 'main'], { cwd: dir })).stdout.toString('utf8').trim();
}
