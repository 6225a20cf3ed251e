import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { HttpClient, importableDocument, isSyncError, pullRegistry } from '@xrgit/sync';
import { UsageError } from '../usage-error.js';
import { runImport } from './import.js';
import { runPush, type PushOptions } from './sync-push.js';

/** Options every sync command takes. */
export interface ServerOptions {
  server: string;
  header: string[];
  format: 'text' | 'json';
}

interface PullOptions extends ServerOptions {
  into: string;
}

const collect = (v: string, prev: string[]): string[] => [...prev, v];

/**
 * The client for `--server`, with credentials from `XRGIT_TOKEN` (a bearer token) and
 * `--header "Name: value"`; none of them is ever printed.
 */
export function clientFor(opts: ServerOptions): HttpClient {
  const headers: Record<string, string> = {};
  for (const h of opts.header) {
    const m = /^([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*:\s*(.*)$/.exec(h);
    if (!m) throw new UsageError('--header must be "Name: value", e.g. --header "Authorization: Bearer …"');
    headers[m[1]!] = m[2]!;
  }
  try {
    const token = process.env['XRGIT_TOKEN'];
    return new HttpClient({ server: opts.server, headers, ...(token ? { token } : {}) });
  } catch {
    throw new UsageError('--server is not a valid URL; write it as https://host/path/');
  }
}

/** Runs `fn`, turning sync's operational errors into one masked line (exit 2). */
export async function withSyncErrors<T>(client: HttpClient, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isSyncError(e)) throw new UsageError(client.mask(e.message));
    throw e;
  }
}

/**
 * `xrgit sync pull|push`: between a registry kept in git and a live xRegistry server (docs/sync.md).
 */
export function registerSync(program: Command, out: (s: string) => void): void {
  const sync = program.command('sync').description('Pull a live xRegistry server into the definitions layout, or plan and apply a push of the registry to one.');
  const common = (c: Command): Command =>
    c
      .requiredOption('--server <url>', 'the registry root URL of the server')
      .option('--header <header>', 'a request header "Name: value" (repeatable; never printed); XRGIT_TOKEN is sent as a bearer token', collect, [])
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'));
  common(sync.command('pull').description('Read a server (/export, ?doc&inline, or every URL) and write it into a registry directory.'))
    .requiredOption('--into <dir>', 'the registry directory to write (created if missing; must not already hold a registry)')
    .action(async (opts: PullOptions) => out(await runPull(opts)));
  common(sync.command('push').description('Plan the requests that make the server match the registry at a commit; send them only with --apply.'))
    .argument('[dir]', 'registry directory (default: from xrgit.yaml, else ./registry)')
    .option('--ref <rev>', 'the commit to push (default: HEAD in a git repository, else the directory as it is)')
    .option('--apply', 'send the planned requests', false)
    .option('--prune', 'also delete what the server has and the registry does not', false)
    .action(async (dir: string | undefined, opts: PushOptions) => out(await runPush(dir, opts)));
}

async function runPull(opts: PullOptions): Promise<string> {
  const client = clientFor(opts);
  const pulled = await withSyncErrors(client, () => pullRegistry(client));
  const dir = mkdtempSync(join(tmpdir(), 'xrgit-pull-'));
  try {
    const path = join(dir, 'document.xreg.json');
    writeFileSync(path, `${JSON.stringify(importableDocument(pulled.document, pulled.model), null, 2)}\n`);
    const report = await runImport({ path, display: client.display, cleanup: () => undefined }, { into: opts.into, format: opts.format });
    const read = { server: client.display, strategy: pulled.strategy, fallbacks: pulled.fallbacks, requests: client.stats.requests, retries: client.stats.retries };
    if (opts.format === 'json') return `${JSON.stringify({ pulled: read, ...(JSON.parse(report) as Record<string, unknown>) }, null, 2)}\n`;
    const fell = pulled.fallbacks.map((f) => `  fell back from ${f}\n`).join('');
    return `Read ${client.display} by ${pulled.strategy} (${read.requests} requests, ${read.retries} retries).\n${fell}${report}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
