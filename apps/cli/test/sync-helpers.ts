import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createScriptedRepo } from '@xrgit/git';

export const bin = join(import.meta.dirname, '..', 'dist', 'bin.js');
const sampleDir = join(import.meta.dirname, '..', '..', '..', 'registry');

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Runs the binary without blocking this process (so that servers in this process can answer it). */
export function runCliAsync(args: string[], cwd?: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Starts a long-running xrgit command (preview, serve) and waits until `url` answers. */
export async function startCli(args: string[], cwd: string, url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then(() => true, () => false)) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`xrgit ${args[0]} did not answer at ${url}`);
}

/** Stops a process started by {@link startCli}. */
export function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function filesUnder(dir: string, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out[`${prefix}/${join(e.parentPath, e.name).slice(dir.length + 1)}`] = readFileSync(join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

/** A repository holding the sample registry (registry/ of this repository) in one commit with a fixed date. */
export async function sampleRepo(dir: string): Promise<string> {
  await createScriptedRepo(dir, [{ commit: { message: 'sample', date: '2024-05-01T00:00:00Z', files: filesUnder(sampleDir, 'registry') } }]);
  return dir;
}

/** The files under `dir`, relative, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
}
