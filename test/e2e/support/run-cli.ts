import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The built CLI binary (`npx turbo run build` writes it). */
export const CLI_BIN = join(import.meta.dirname, '..', '..', '..', 'apps', 'cli', 'dist', 'bin.js');

/** What one run of the CLI did. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node apps/cli/dist/bin.js ...args` as a process in `cwd`, with `env` added to (or, for
 * `undefined` values, removed from) this process's environment.
 * @throws Error when the binary has not been built.
 */
export function runCli(args: readonly string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  if (!existsSync(CLI_BIN)) throw new Error(`${CLI_BIN} does not exist: run \`npx turbo run build\` first.`);
  const merged: Record<string, string | undefined> = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete merged[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], { cwd, env: merged as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** `xrgit build <registryDir> --out <out> --base-url <base> --host <host>` in `repo`. */
export function buildSite(repo: string, out: string, base: string, host: string, env: Record<string, string | undefined> = {}, registryDir = 'registry'): Promise<CliRun> {
  return runCli(['build', registryDir, '--out', out, '--base-url', base, '--host', host], repo, env);
}
