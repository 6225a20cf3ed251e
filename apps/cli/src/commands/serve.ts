import { watch, type FSWatcher } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { ViewState } from '@xrgit/core';
import { capabilitiesOffered, type StaticCapabilities } from '@xrgit/export';
import { startServer } from '@xrgit/serve';
import { openRegistry, type OpenedRegistry } from '../registry/open-registry.js';
import { viewStateOf } from '../registry/view-state.js';
import { renderText } from '../report/render-text.js';
import { UsageError } from '../usage-error.js';

interface ServeCliOptions {
  port: string;
  bind: string;
  ref?: string;
  baseUrl?: string;
  debounce: string;
}

const EPOCH_ZERO = { epoch: 1, createdat: '1970-01-01T00:00:00Z', modifiedat: '1970-01-01T00:00:00Z' };

function stateOf(opened: OpenedRegistry): ViewState {
  return viewStateOf(opened.loaded, opened.loaded.times('/') ?? EPOCH_ZERO, opened.formats);
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number (0 picks a free one), not ${raw}`);
  return port;
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

/** `xrgit serve [DIR]`: an xRegistry API server (read API of core/http.md) over the definitions. */
export function registerServe(program: Command, out: (s: string) => void): void {
  program
    .command('serve')
    .description('Serve the registry as a read-only xRegistry API (all read paths and flags), from the working tree (re-loaded on change) or a commit.')
    .argument('[dir]', 'registry directory (default: from xrgit.yaml, else ./registry)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8080')
    .option('--bind <address>', 'address to listen on', '127.0.0.1')
    .option('--ref <rev>', 'serve this commit instead of the working tree (no live reload)')
    .option('--base-url <url>', 'the root URL in responses (default: from the Host header)')
    .option('--debounce <ms>', 'wait this long after a file change before re-loading', '200')
    .action(async (dir: string | undefined, opts: ServeCliOptions) => {
      const port = parsePort(opts.port);
      const opened = await openRegistry(dir, opts.ref);
      if (opened.diagnostics.hasErrors()) {
        out(renderText(opened.diagnostics.items));
        process.exitCode = 1;
        return;
      }
      let current = stateOf(opened);
      const server = await startServer(() => current, {
        port,
        host: opts.bind,
        ...(opts.baseUrl !== undefined ? { baseUrl: opts.baseUrl } : {}),
        capabilitiesOffered: (caps) => capabilitiesOffered(caps as Partial<StaticCapabilities>),
      });
      const url = `http://${opts.bind === '0.0.0.0' ? 'localhost' : opts.bind}:${(server.address() as AddressInfo).port}/`;
      const what = opts.ref !== undefined ? `${opts.ref} (${opened.loaded.commit?.slice(0, 12) ?? '?'})` : `the working tree of ${opened.location.display}`;
      out(`serving ${what} at ${url} (Ctrl-C to stop)\n`);
      if (opts.ref !== undefined) return;
      const abs = opened.location.repoRoot ? join(opened.location.repoRoot, opened.location.dir) : opened.location.dir;
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
      server.on('close', () => watcher.close());
    });
}
