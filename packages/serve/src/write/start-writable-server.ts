import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { RegistryNode, ViewState } from '@xrgit/core';
import { handleRequest } from '../handle-request.js';
import type { ListenOptions } from '../start-server.js';
import { applyWrite } from './apply-write.js';
import { WriteError, writeProblemBody } from './write-error.js';
import { WRITE_IGNORES } from './write-flags.js';

/** What the writable server serves and where its writes go. */
export interface WritableSource {
  /** The snapshot to answer reads from, and the authored registry writes start from. */
  current(): { state: ViewState; registry: RegistryNode };
  /** Keeps a written registry (the CLI writes the definition files and reloads); resolves when `current()` shows it. */
  commit(registry: RegistryNode): Promise<void>;
}

const WRITE_METHODS = new Set(['PUT', 'PATCH', 'POST', 'DELETE']);
const JSON_TYPE = 'application/json; charset=utf-8';

function readBody(req: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

/**
 * Starts a server with the read API (handleRequest) and the write API (applyWrite): PUT, PATCH,
 * POST and DELETE are applied one at a time, in arrival order, each to the registry the previous
 * one left; a refused write changes nothing and answers the spec's error. A successful write
 * answers the entity as now served (201 with `Location` when created), or 204 for a delete.
 */
export function startWritableServer(source: WritableSource, options: ListenOptions): Promise<Server> {
  const readOptions = { ...options, writable: { ignores: WRITE_IGNORES } };
  let queue: Promise<unknown> = Promise.resolve();
  const server = createServer((req, res) => {
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
    const method = req.method ?? 'GET';
    if (!WRITE_METHODS.has(method)) {
      const out = handleRequest(source.current().state, { method, url: req.url ?? '/', headers }, readOptions);
      res.writeHead(out.status, { ...out.headers, 'Content-Length': String(out.body.length) });
      res.end(method === 'HEAD' ? undefined : Buffer.from(out.body));
      return;
    }
    const run = async (): Promise<void> => {
      const body = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://host.invalid');
      const base = (options.baseUrl ?? `http://${headers['host'] ?? 'localhost'}`).replace(/\/+$/, '');
      const common = { Link: `<${base}/>;rel=xregistry-root`, 'Access-Control-Allow-Origin': '*' };
      try {
        const { state, registry } = source.current();
        const epochOf = (xid: string): number | undefined => state.times(xid).epoch;
        const outcome = applyWrite({ registry, model: state.model, epochOf }, { method, path: decodeURI(url.pathname), query: url.searchParams, body, ...(headers['content-type'] ? { contentType: headers['content-type'] } : {}) });
        await source.commit(outcome.registry);
        if (outcome.status === 204 || outcome.show === undefined) return void res.writeHead(204, common).end();
        const shown = handleRequest(source.current().state, { method: 'GET', url: outcome.show, headers }, readOptions);
        const location = outcome.status === 201 ? { Location: `${base}${outcome.show}` } : {};
        res.writeHead(outcome.status, { ...shown.headers, ...location, 'Content-Length': String(shown.body.length) }).end(Buffer.from(shown.body));
      } catch (e) {
        const err = e instanceof WriteError ? e : undefined;
        const problem = err ? writeProblemBody(err) : { type: 'https://github.com/xregistry/spec/blob/main/core/spec.md#server_error', title: 'An unexpected error occurred, please try again later.', subject: url.pathname, detail: (e as Error).message };
        const text = `${JSON.stringify(problem, null, 2)}\n`;
        res.writeHead(err?.status ?? 500, { ...common, 'Content-Type': JSON_TYPE, ...(err?.code === 'action_not_supported' ? { Allow: 'GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE' } : {}) }).end(text);
      }
    };
    queue = queue.then(run, run);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve(server));
  });
}
