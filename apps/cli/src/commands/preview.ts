import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Command } from 'commander';
import { renderSite, type SiteFile, type SiteTree } from '@xrgit/export';
import { openRegistry } from '../registry/open-registry.js';
import { viewStateOf } from '../registry/view-state.js';
import { parsePort } from '../parse-port.js';
import { renderText } from '../report/render-text.js';
import { UsageError } from '../usage-error.js';
import { XRGIT_VERSION } from '../version.js';

/** Index of a rendered site by URL path (`/`, `/model`, `/schemagroups/g1`, …). */
export function indexByUrl(tree: SiteTree): Map<string, SiteFile> {
  const byUrl = new Map<string, SiteFile>();
  for (const file of tree.values()) if (file.urlPath !== '') byUrl.set(file.urlPath, file);
  return byUrl;
}

/**
 * Serves a rendered site the way a well-configured static host does (the nginx profile's
 * behaviour): every URL path of the tree with its content type and headers, 303 for external
 * documents, query strings ignored, 404 otherwise, GET and HEAD only.
 */
export function servePreview(byUrl: Map<string, SiteFile>, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = byUrl.get(path) ?? (path.endsWith('/') && path !== '/' ? byUrl.get(path.slice(0, -1)) : undefined);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*' }).end(`${JSON.stringify({ type: 'https://github.com/xregistry/spec/blob/main/core/spec.md#not_found', title: `The targeted entity (${path}) cannot be found.` })}\n`);
      return;
    }
    if (file.redirect) {
      res.writeHead(303, { ...file.headers, Location: file.redirect }).end();
      return;
    }
    res.writeHead(200, { ...file.headers, 'Content-Type': file.contentType, 'Content-Length': String(file.bytes.length) });
    res.end(req.method === 'HEAD' ? undefined : Buffer.from(file.bytes));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

interface PreviewOptions {
  port: string;
  ref: string;
  bind: string;
}

/** `xrgit preview [DIR]`: builds the static API of a commit in memory and serves it locally. */
export function registerPreview(program: Command, out: (s: string) => void): void {
  program
    .command('preview')
    .description('Build the static API of the registry at a commit in memory and serve it locally, as a configured static host would (headers, content types, 303s).')
    .argument('[dir]', 'registry directory (default: from xrgit.yaml, else ./registry)')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--bind <address>', 'address to listen on', '127.0.0.1')
    .option('--ref <rev>', 'the commit to serve', 'HEAD')
    .action(async (dir: string | undefined, opts: PreviewOptions) => {
      const port = parsePort(opts.port);
      const opened = await openRegistry(dir, opts.ref);
      if (!opened.loaded.commit) throw new UsageError('xrgit preview needs a git repository with at least one commit.');
      if (opened.diagnostics.hasErrors()) {
        out(renderText(opened.diagnostics.items));
        process.exitCode = 1;
        return;
      }
      const baseUrl = `http://${opts.bind === '0.0.0.0' ? 'localhost' : opts.bind}:${port}/`;
      const tree = renderSite(viewStateOf(opened.loaded, opened.formats), { baseUrl, profile: 'nginx', commit: opened.loaded.commit, toolVersion: XRGIT_VERSION });
      await servePreview(indexByUrl(tree), port, opts.bind);
      out(`serving the xRegistry API of ${opened.loaded.commit.slice(0, 12)} at ${baseUrl} (Ctrl-C to stop)\n  ${baseUrl}model\n  ${baseUrl}capabilities\n  ${baseUrl}export\n`);
    });
}
