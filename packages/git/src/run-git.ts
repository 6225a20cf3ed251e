import { spawn } from 'node:child_process';
import { GitError } from './git-error.js';

/** Options of {@link runGit}. */
export interface RunGitOptions {
  /** Working directory of the git process. */
  readonly cwd: string;
  /** Extra environment variables (merged over `process.env`). */
  readonly env?: Record<string, string>;
  /** Bytes written to stdin, then stdin is closed. */
  readonly input?: string | Uint8Array;
  /** Receives stdout chunk by chunk instead of buffering it; the result is then empty. */
  readonly onStdout?: (chunk: Buffer) => void;
  /** Exit codes that are not failures (default `[0]`). */
  readonly okExitCodes?: readonly number[];
}

/** Result of {@link runGit}. */
export interface RunGitResult {
  readonly stdout: Buffer;
  readonly exitCode: number;
}

/**
 * Runs `git <args>` without a shell and collects its output.
 * @throws GitError `git-missing` when git cannot be started; `git-failed` on any other exit code.
 */
export function runGit(args: readonly string[], options: RunGitOptions): Promise<RunGitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: options.cwd,
      env: { ...process.env, ...gitEnvironment, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => (options.onStdout ? options.onStdout(c) : out.push(c)));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => reject(new GitError('git-missing', { command: 'git', detail: e.message }, { cause: e })));
    child.on('close', (code) => {
      const exitCode = code ?? -1;
      if ((options.okExitCodes ?? [0]).includes(exitCode)) return resolve({ stdout: Buffer.concat(out), exitCode });
      reject(new GitError('git-failed', { args: [...args], exitCode: code, stderr: Buffer.concat(err).toString('utf8') }));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input);
  });
}

/**
 * Environment every git process of this package runs with: no pager, no prompts, no locale
 * dependent output, and no optional locks so reads never block a concurrent `git commit`.
 */
export const gitEnvironment: Readonly<Record<string, string>> = {
  GIT_PAGER: 'cat',
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_NO_REPLACE_OBJECTS: '1',
  LC_ALL: 'C',
  LANGUAGE: 'C',
};
