import { expect } from 'vitest';
import { handleRequest, type ServeOptions, type ServeResponse } from '../../src/index.js';
import { BASE, fixtureState } from './fixture-state.js';

/** One row of a conformance table: a request and what the spec says the response is. */
export interface ConformanceCase {
  name: string;
  url: string;
  method?: string;
  status: number;
  /** Headers that must be present with these values (names as sent). */
  headers?: Record<string, string | RegExp>;
  /** A subset the JSON body must match (toMatchObject). */
  body?: unknown;
  /** Keys that must be absent from the JSON body (top level). */
  absent?: string[];
  /** The spec error name, for error responses. */
  error?: string;
  /** Free-form checks on the response. */
  check?: (res: ServeResponse, json: unknown) => void;
}

export const state = fixtureState();

/** Sends a request to the handler over the fixture registry. */
export function send(url: string, method = 'GET', options: ServeOptions = {}): ServeResponse {
  return handleRequest(state, { method, url }, { baseUrl: BASE, ...options });
}

export function header(res: ServeResponse, name: string): string | undefined {
  const v = res.headers[name];
  return v === undefined ? undefined : [v].flat().join(', ');
}

export function jsonOf(res: ServeResponse): unknown {
  const text = new TextDecoder().decode(res.body);
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

/** Runs one case: status, headers, error type, body shape. */
export function runCase(c: ConformanceCase): void {
  const res = send(c.url, c.method);
  const isJson = String(res.headers['Content-Type'] ?? '').startsWith('application/json');
  const json = isJson ? jsonOf(res) : undefined;
  expect(res.status, JSON.stringify(json)).toBe(c.status);
  expect(header(res, 'Link')).toContain(`<${BASE}/>;rel=xregistry-root`);
  expect(header(res, 'Access-Control-Allow-Origin')).toBe('*');
  for (const [name, want] of Object.entries(c.headers ?? {})) {
    if (want instanceof RegExp) expect(header(res, name), name).toMatch(want);
    else expect(header(res, name), name).toBe(want);
  }
  if (c.error !== undefined) {
    expect(json).toMatchObject({ type: expect.stringMatching(new RegExp(`^https://github.com/xregistry/spec/blob/main/core/(spec|http)\\.md#${c.error}$`)), title: expect.any(String), subject: expect.stringMatching(/^\//) });
  }
  if (c.body !== undefined) expect(json).toMatchObject(c.body as object);
  for (const key of c.absent ?? []) expect(json as object).not.toHaveProperty([key]);
  c.check?.(res, json);
}
