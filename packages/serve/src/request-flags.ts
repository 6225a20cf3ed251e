import { ServeError } from './serve-error.js';

/** The query parameters of a read request that this server acts on. */
export interface RequestFlags {
  /** `?inline` values as given (an empty string for a bare `?inline`); undefined when absent. */
  inline?: string[];
  filter?: string[];
  sort?: string;
  doc: boolean;
  collections: boolean;
  binary: boolean;
  specversion?: string;
  /** Pagination (pagination/spec.md): page size, and where the page starts. */
  limit?: number;
  offset: number;
}

function positiveInteger(params: URLSearchParams, name: string, subject: string, min: number): number | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min) throw new ServeError('bad_flag', subject, { flag: `${name}=${raw}` });
  return Number(raw);
}

/** Reads the flags from a query string; unknown parameters are ignored (core/http.md). */
export function parseFlags(params: URLSearchParams, subject: string): RequestFlags {
  const all = (name: string): string[] | undefined => (params.has(name) ? params.getAll(name) : undefined);
  const flags: RequestFlags = {
    doc: params.has('doc'),
    collections: params.has('collections'),
    binary: params.has('binary'),
    offset: positiveInteger(params, 'offset', subject, 0) ?? 0,
  };
  const inline = all('inline');
  const filter = all('filter');
  const sort = params.get('sort');
  const specversion = params.get('specversion');
  const limit = positiveInteger(params, 'limit', subject, 1);
  if (inline) flags.inline = inline;
  if (filter) flags.filter = filter;
  if (sort !== null) flags.sort = sort;
  if (specversion !== null) flags.specversion = specversion;
  if (limit !== undefined) flags.limit = limit;
  return flags;
}
