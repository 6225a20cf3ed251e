import { ExportError } from './export-error.js';

/** A parsed base URL. */
export interface BaseUrl {
  /** The base without a trailing slash: `https://h/reg` (`https://h` at the host root). */
  base: string;
  /** The registry root URL, `base + "/"` (the Registry's `self`, the `Link` root). */
  root: string;
  /** The URL path prefix without a trailing slash: `/reg`, or `''` at the host root. */
  prefix: string;
}

/**
 * Parses `--base-url`. Trailing slashes are dropped so that `base + xid` never has a double
 * slash (static-layout-and-clients.md §1.7 shows the defect this avoids).
 * @throws ExportError `invalid-base-url` unless it is an absolute http(s) URL without query or fragment.
 */
export function parseBaseUrl(baseUrl: string): BaseUrl {
  let u: URL;
  try {
    u = new URL(baseUrl);
  } catch {
    throw new ExportError('invalid-base-url', { baseUrl, reason: 'is not an absolute URL' });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ExportError('invalid-base-url', { baseUrl, reason: `uses ${u.protocol} instead of http or https` });
  if (u.search !== '' || u.hash !== '' || baseUrl.includes('?') || baseUrl.includes('#')) throw new ExportError('invalid-base-url', { baseUrl, reason: 'has a query or a fragment' });
  const prefix = u.pathname.replace(/\/+$/, '').replace(/\/{2,}/g, '/');
  const base = `${u.origin}${prefix}`;
  return { base, root: `${base}/`, prefix };
}
