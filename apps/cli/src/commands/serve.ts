import { join } from 'node:path';
import type { Command } from 'commander';
import { capabilitiesOffered } from '@xrgit/export';
import { startServer, startWritableServer } from '@xrgit/serve';
import { openRegistry, type OpenedRegistry } from '../registry/open-registry.js';
import { viewStateOf } from '../registry/view-state.js';
import { layoutDrift, writeBack } from '../registry/write-back.js';
import { renderText } from '../report/render-text.js';
import { UsageError } from '../usage-error.js';

interface ServeOptions {
  port: string;
  bind: string;
  ref?: string;
  writable: boolean;
}

const FALLBACK = { epoch: 1, createdat: '1970-01-01T00:00:00Z', modifiedat: '1970-01-01T00:00:00Z' };
const stateOf = (o: OpenedRegistry): ReturnType<typeof viewStateOf> => viewStateOf(o.loaded, o.loaded.times('/') ?? FALLBACK, o.formats);

/**
 * `xrgit serve [DIR]`: the xRegistry API (read, and with --writable write) over the registry's
 * working tree or a commit. Writes go into the definition files, never into git history.
 */
export function registerServe(program: Command, out: (s: string) => void): void {
  program
    .command('serve')
    .description('Serve the xRegistry API over the registry (working tree or --ref); --writable also takes PUT, PATCH, POST and DELETE and writes them into the definition files.')
    .argument('[dir]', 'registry directory (default: from xrgit.yaml, else ./registry)')
    .option('--port <n>', 'port to listen on (0: any free port)', '8080')
    .option('--bind <address>', 'address to listen on', '127.0.0.1')
    .option('--ref <rev>', 'serve the registry at this commit (read-only)')
    .option('--writable', 'accept writes and keep them in the definition files (working tree only)', false)
    .action(async (dir: string | undefined, opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not ${opts.port}`);
      if (opts.writable && opts.ref !== undefined) throw new UsageError('--writable serves the working tree; drop --ref');
      let opened = await openRegistry(dir, opts.ref);
      if (opened.diagnostics.hasErrors()) {
        out(renderText(opened.diagnostics.items));
        process.exitCode = 1;
        return;
      }
      const listen = { port, host: opts.bind, capabilitiesOffered };
      let state = stateOf(opened);
      const abs = opened.location.repoRoot ? join(opened.location.repoRoot, opened.location.dir) : opened.location.dir;
      if (!opts.writable) {
        const server = await startServer(() => state, listen);
        out(`serving ${opened.location.display} at http://${opts.bind}:${(server.address() as { port: number }).port}/ (read-only; Ctrl-C to stop)\n`);
        return;
      }
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
        listen,
      );
      out(`serving ${opened.location.display} at http://${opts.bind}:${(server.address() as { port: number }).port}/ (writable: changes go into the files, not into git; Ctrl-C to stop)\n`);
    });
}
