import type { ViewState } from '@xrgit/core';
import { documentResponse, entityResponse, collectionResponse, metaResponse, type ReadRequest } from './read-response.js';
import { parseFlags } from './request-flags.js';
import { resolveTarget, type RootApi } from './resolve-target.js';
import { serveCapabilities, SPEC_VERSIONS, supportsSpecVersion } from './serve-capabilities.js';
import { problemBody, ServeError } from './serve-error.js';
import { jsonResponse, type ServeResponse } from './serve-response.js';

/** An HTTP request as the handler sees it. */
export interface ServeRequest {
  method: string;
  /** The request target: path and query (`/schemagroups?inline=*`). */
  url: string;
  /** Request headers, lower-case names; `host` gives the base URL when none is configured. */
  headers?: Record<string, string | undefined>;
}

/** How the server describes itself. */
export interface ServeOptions {
  /** The registry's root URL (`http://localhost:8080`); default: `http://<Host header>`. */
  baseUrl?: string;
  /** The `/capabilitiesoffered` map for given capabilities; without it that API is not served. */
  capabilitiesOffered?: (capabilities: Record<string, unknown>) => Record<string, unknown>;
  /** Set by the write API (src/write): entities are advertised as mutable, with these `?ignore` values. */
  writable?: { ignores: readonly string[] };
}

/** The methods of every API: the server is read-only. */
export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

function apiResponse(r: ReadRequest, name: RootApi, options: ServeOptions): ServeResponse {
  switch (name) {
    case 'capabilities':
      return jsonResponse(r.capabilities);
    case 'capabilitiesoffered':
      if (!options.capabilitiesOffered) throw new ServeError('api_not_found', r.path);
      return jsonResponse(options.capabilitiesOffered(r.capabilities));
    case 'model':
      return jsonResponse(r.state.model);
    case 'modelsource':
      return jsonResponse(r.state.modelsource);
    case '.xregistry':
      return jsonResponse({ registries: [`${r.base}/`] });
    case 'export':
      // core/http.md §GET /export: ≡ /?doc&inline=*,capabilities,modelsource; an explicit ?inline overrides
      return entityResponse({ ...r, flags: { ...r.flags, doc: true, inline: r.flags.inline ?? ['*', 'capabilities', 'modelsource'] } }, { level: 'registry', xid: '/', id: '' });
  }
}

function read(state: ViewState, path: string, params: URLSearchParams, base: string, options: ServeOptions): ServeResponse {
  const flags = parseFlags(params, path);
  if (flags.specversion !== undefined && !supportsSpecVersion(flags.specversion)) {
    throw new ServeError('unsupported_specversion', path, { specversion: flags.specversion, list: SPEC_VERSIONS.join(',') });
  }
  const target = resolveTarget(state, path);
  if (flags.sort !== undefined && target.kind !== 'collection') throw new ServeError('sort_noncollection', path);
  const rootOrGroup = target.kind === 'entity' && (target.node.level === 'registry' || target.node.level === 'group');
  if (flags.collections && !rootOrGroup) throw new ServeError('bad_flag', path, { flag: 'collections' });
  const r: ReadRequest = { state, flags, base, path, params, capabilities: serveCapabilities(state, options.capabilitiesOffered !== undefined, options.writable) };
  switch (target.kind) {
    case 'api':
      return apiResponse(r, target.name, options);
    case 'document':
      // ?doc: Resources and Versions are shown as metadata, never as documents (core/spec.md §Doc Flag)
      return flags.doc ? entityResponse(r, target.node) : documentResponse(r, target.node);
    case 'entity':
      return entityResponse(r, target.node);
    case 'meta':
      return metaResponse(r, target.node);
    case 'collection':
      return collectionResponse(r, target.parent, target.plural);
  }
}

function errorResponse(error: unknown, path: string): ServeResponse {
  const e = error instanceof ServeError ? error : new ServeError('server_error', path);
  return jsonResponse(problemBody(e), e.status, e.code === 'action_not_supported' ? { Allow: ALLOWED_METHODS } : {});
}

/**
 * Answers one request against a registry snapshot: the read API of core/http.md (GET, HEAD,
 * OPTIONS; other methods get `action_not_supported`). Every response, errors included, carries
 * `Link: <root>;rel=xregistry-root` and `Access-Control-Allow-Origin: *`. Never throws: failures
 * become the spec's problem-details bodies (`server_error` for anything unexpected).
 */
export function handleRequest(state: ViewState, req: ServeRequest, options: ServeOptions = {}): ServeResponse {
  const url = new URL(req.url, 'http://host.invalid');
  const base = (options.baseUrl ?? `http://${req.headers?.['host'] ?? 'localhost'}`).replace(/\/+$/, '');
  const common = { Link: `<${base}/>;rel=xregistry-root`, 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': '*' };
  let path = url.pathname;
  let res: ServeResponse;
  try {
    path = decodeURI(url.pathname);
    if (req.method === 'OPTIONS') {
      resolveTarget(state, url.pathname);
      res = { status: 200, headers: { Allow: ALLOWED_METHODS, 'Access-Control-Allow-Methods': ALLOWED_METHODS, 'Access-Control-Allow-Headers': '*', 'Access-Control-Max-Age': '600' }, body: new Uint8Array(0) };
    } else if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new ServeError('action_not_supported', path, { action: req.method });
    } else {
      res = read(state, url.pathname, url.searchParams, base, options);
      if (req.method === 'HEAD') res = { ...res, body: new Uint8Array(0) };
    }
  } catch (error) {
    res = errorResponse(error, path);
  }
  const links = [common.Link, ...[res.headers['Link'] ?? []].flat()];
  return { ...res, headers: { ...res.headers, ...common, Link: links } };
}
