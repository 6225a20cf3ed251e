import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** Content types GitHub Pages sends, by extension; anything else (and no extension) is octet-stream. */
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8' };

/** A running Pages-like server. */
export interface PagesServer {
  base: string;
  /** Every request path received, in order (query strings included). */
  requests: string[];
  stop(): Promise<void>;
}

async function kind(path: string): Promise<'file' | 'dir' | undefined> {
  const st = await stat(path).catch(() => undefined);
  return st?.isDirectory() ? 'dir' : st?.isFile() ? 'file' : undefined;
}

/**
 * Serves `root` on 127.0.0.1:`port` the way GitHub Pages does, as far as xRegistry clients can
 * tell: query strings ignored; a directory without a trailing slash answers 301 to the slash; a
 * directory with a slash serves its `index.html`; content types by extension only (extension-less
 * files are `application/octet-stream`); no custom headers, no redirects for missing files, the
 * site's `404.html` (status 404) for anything else.
 */
export function startPagesServer(root: string, port: number): Promise<PagesServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      requests.push(req.url ?? '/');
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://pages').pathname);
      const file = normalize(join(root, path));
      const k = file.startsWith(root + sep) || file === root || file === root + sep ? await kind(file) : undefined;
      if (k === 'dir' && !path.endsWith('/')) {
        res.writeHead(301, { Location: `http://${req.headers.host}${path}/`, 'Content-Type': 'text/html' }).end('<html>Moved Permanently</html>');
        return;
      }
      const target = k === 'dir' ? join(file, 'index.html') : file;
      if (k === undefined || (await kind(target)) !== 'file') {
        const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not Found'));
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
        return;
      }
      const body = await readFile(target);
      res.writeHead(200, { 'Content-Type': TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream', 'Content-Length': String(body.length) }).end(body);
    })().catch((e: unknown) => res.writeHead(500).end(String(e)));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        base: `http://127.0.0.1:${port}`,
        requests,
        stop: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      }),
    );
  });
}
