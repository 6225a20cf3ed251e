import type { HttpClient } from './http-client.js';
import { parseObject } from './http-client.js';
import { nextLink } from './link-header.js';

/** Pages of one collection at most; a server whose `next` links loop is cut off here. */
const MAX_PAGES = 10_000;

/**
 * The whole map of a collection (`/<GROUPS>`, `…/<RESOURCES>`, `…/versions`), following
 * `Link: <…>;rel=next` pagination (core/http.md §Pagination) and merging the pages. A 404 is an
 * empty collection: static hosts serve no file for one that has never held anything.
 * @throws SyncError `http-status`, `bad-response`, `server-unreachable`
 */
export async function readCollection(client: HttpClient, path: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const seen = new Set<string>();
  let next: string | undefined = client.url(path);
  for (let page = 0; next !== undefined && page < MAX_PAGES && !seen.has(next); page++) {
    seen.add(next);
    const res = await client.send({ method: 'GET', path: next });
    if (res.status === 404 && page === 0) return out;
    if (res.status !== 200) throw client.statusError('GET', res);
    Object.assign(out, parseObject(res, client.show(res.url)));
    next = nextLink(res.headers.get('link'), res.url);
  }
  return out;
}
