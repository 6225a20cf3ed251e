import { watch, type FSWatcher } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { ViewState } from '@xrgit/core';
import { capabilitiesOffered, type StaticCapabilities } from '@xrgit/export';
import { startServer, startWritableServer } from '@xrgit/serve';
import { openRegistry, type OpenedRegistry } from '../registry/open-registry.js';
import { viewStateOf } from '../registry/view-state.js';
import { layoutDrift, writeBack } from '../registry/write-back.js';
import { parsePort } from '../parse-port.js';
import { renderText } from '../report/render-text.js';
import { UsageError } from '../usage-error.js';

interface ServeCliOptions {
  port: string;
  bind: string;
  ref?: string;
  baseUrl?: string;
  debounce: string;
  writable: boolean;
}

function stateOf(opened: OpenedRegistry): ViewState {
  return viewStateOf(opened.loaded, opened.formats);
}

/**
 * Re-loads the registry when files under `dir` change (fs.watch, recursive; changes are
 * debounced), keeping the last good state when the new one has errors.
 */
function watchRegistry(dir: string, delayMs: number, reload: () => Promise<void>): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  return watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(reload);
    }, delayMs);
  });
}

/**
 * `xrgit serve [DIR]`: an xRegistry API server over the definitions — the read API of
 * core/http.md, and with --writable the write API, whose changes go into the definition files
 * (never into git history).
 */
export function registerServe(program: Command, out: (s: string) => void): void {
  program
    .command('serve')
    .description('Serve the registry as an xRegistry API (all read paths and flags) from the working tree (re-loaded on change) or a commit; --writable also takes PUT, PATCH, POST and DELETE and writes them into the definition files.')
    .argument('[dir]', 'registry directory (default: from xrgit.yaml, else ./registry)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8080')
    .option('--bind <address>', 'address to listen on', '127.0.0.1')
    .option('--ref <rev>', 'serve this commit instead of the working tree (no live reload)')
    .option('--base-url <url>', 'the root URL in responses (default: from the Host header)')
    .option('--debounce <ms>', 'wait this long after a file change before re-loading', '200')
    .option('--writable', 'accept writes and keep them in the definition files (working tree only)', false)
    .action(async (dir: string | undefined, opts: ServeCliOptions) => {
      const port = parsePort(opts.port);
      if (opts.writable && opts.ref !== undefined) throw new UsageError('--writable serves the working tree; drop --ref');
      const opened = await openRegistry(dir, opts.ref);
      if (opened.diagnostics.hasErrors()) {
        out(renderText(opened.diagnostics.items));
        process.exitCode = 1;
        return;
      }
      if (opts.writable) return serveWritable(dir, opened, port, opts.bind, out);
      let current = stateOf(opened);
      const server = await startServer(() => current, {
        port,
        host: opts.bind,
        ...(opts.baseUrl !== undefined ? { baseUrl: opts.baseUrl } : {}),
        capabilitiesOffered: (caps) => capabilitiesOffered(caps as Partial<StaticCapabilities>),
      });
      const url = `http://${opts.bind === '0.0.0.0' ? 'localhost' : opts.bind}:${(server.address() as AddressInfo).port}/`;
      const what = opts.ref !== undefined ? `${opts.ref} (${opened.loaded.commit?.slice(0, 12) ?? '?'})` : `the working tree of ${opened.location.display}`;
      if (opts.ref !== undefined) {
        out(`serving ${what} at ${url} (Ctrl-C to stop)\n`);
        return;
      }
      const abs = opened.location.repoRoot ? join(opened.location.repoRoot, opened.location.dir) : opened.location.dir;
      // Watch before saying we serve: a change made right after the announcement must be seen.
      const watcher = watchRegistry(abs, Number(opts.debounce) || 200, async () => {
        try {
          const next = await openRegistry(dir, undefined);
          if (next.diagnostics.hasErrors()) {
            out(`reload: ${next.diagnostics.items.filter((d) => d.severity === 'error').length} error(s); still serving the last good state\n${renderText(next.diagnostics.items)}`);
            return;
          }
          current = stateOf(next);
          out('reload: serving the changed registry\n');
        } catch (error) {
          out(`reload failed (${(error as Error).message}); still serving the last good state\n`);
        }
      });
      out(`serving ${what} at ${url} (Ctrl-C to stop)\n`);
      server.on('close', () => watcher.close());
    });
}

/** The writable server: writes are validated, written back into the files, and the registry re-loaded. */
async function serveWritable(dir: string | undefined, first: OpenedRegistry, port: number, bind: string, out: (s: string) => void): Promise<void> {
  let opened = first;
  let state = stateOf(opened);
  const abs = opened.location.repoRoot ? join(opened.location.repoRoot, opened.location.dir) : opened.location.dir;
  const drift = layoutDrift(abs, opened.loaded.registry, opened.loaded.model);
  if (drift.length > 0) throw new UsageError(`--writable needs ${opened.location.display} in the layout xrgit import writes, and ${drift.length} file(s) differ (${drift.slice(0, 3).join(', ')}); pull it into a new directory first (xrgit sync pull), or serve it read-only.`);
  const server = await startWritableServer(
    {
      current: () => ({ state, registry: opened.loaded.registry }),
      commit: async (registry) => {
        writeBack(abs, opened.loaded.registry, registry, opened.loaded.model);
        opened = await openRegistry(dir, undefined);
        state = stateOf(opened);
      },
    },
    { port, host: bind, capabilitiesOffered: (caps) => capabilitiesOffered(caps as Partial<StaticCapabilities>) },
  );
  out(`serving ${opened.location.display} at http://${bind}:${(server.address() as AddressInfo).port}/ (writable: changes go into the files, not into git; Ctrl-C to stop)\n`);
}
