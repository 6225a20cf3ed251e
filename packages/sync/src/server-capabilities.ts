import type { HttpClient } from './http-client.js';

/** What a server says it can do (core/spec.md §Registry Capabilities), read leniently. */
export interface ServerCapabilities {
  /** The `/capabilities` body as served; `{}` when the server has none. */
  raw: Record<string, unknown>;
  /** Lower-cased flag names (`doc`, `inline`, …). */
  flags: string[];
  /** Lower-cased `?ignore` values the server accepts. */
  ignores: string[];
  specversions: string[];
  /** Whether `available` lists `api` (`export`, `modelsource`, …). */
  has: (api: string) => boolean;
  /** Whether `available.<api>.mutable` is true; without `available`, entities are mutable (the spec's default). */
  mutable: (api: string) => boolean;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase()) : []);

/** Interprets a capabilities map. A missing `available` means the spec's defaults (entities mutable). */
export function parseCapabilities(raw: Record<string, unknown>): ServerCapabilities {
  const available = raw['available'] !== null && typeof raw['available'] === 'object' && !Array.isArray(raw['available']) ? (raw['available'] as Record<string, unknown>) : undefined;
  const entry = (api: string): Record<string, unknown> | undefined => {
    const v = available?.[api];
    return v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  };
  return {
    raw,
    flags: strings(raw['flags']),
    ignores: strings(raw['ignores']),
    specversions: strings(raw['specversions']),
    has: (api) => entry(api) !== undefined,
    mutable: (api) => (available === undefined ? api === 'entities' : entry(api)?.['mutable'] === true),
  };
}

/** `GET /capabilities`; a server without it (404, not an object) is read as `{}`. */
export async function readCapabilities(client: HttpClient): Promise<ServerCapabilities> {
  const res = await client.send({ method: 'GET', path: '/capabilities' });
  if (res.status !== 200) return parseCapabilities({});
  try {
    const v = JSON.parse(Buffer.from(res.bytes).toString('utf8')) as unknown;
    return parseCapabilities(v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  } catch {
    return parseCapabilities({});
  }
}
