import { createServer, type Server } from 'node:http';
import type { ViewState } from '@xrgit/core';
import { handleRequest, type ServeOptions } from './handle-request.js';

/** Where to listen, on top of how to answer. */
export interface ListenOptions extends ServeOptions {
  /** 0 picks a free port. */
  port: number;
  /** Default: 127.0.0.1 (loopback only). */
  host?: string;
}

/**
 * Starts an HTTP server answering the read API over the snapshot `current()` returns at the time
 * of each request (so a caller can swap snapshots, e.g. on file changes, without restarting).
 * Resolves once listening; the bound port is `server.address().port`.
 */
export function startServer(current: () => ViewState, options: ListenOptions): Promise<Server> {
  const server = createServer((req, res) => {
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
    const out = handleRequest(current(), { method: req.method ?? 'GET', url: req.url ?? '/', headers }, options);
    res.writeHead(out.status, { ...out.headers, 'Content-Length': String(out.body.length) });
    res.end(req.method === 'HEAD' ? undefined : Buffer.from(out.body));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve(server));
  });
}
