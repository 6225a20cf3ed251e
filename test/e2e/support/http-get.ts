/** A redirect the host answered with. */
export interface Redirect {
  from: string;
  to: string;
  status: number;
}

/** One GET as a client sees it, after following same-origin redirects other than 303. */
export interface Fetched {
  url: string;
  status: number;
  headers: Headers;
  bytes: Buffer;
  /** The same-origin redirects followed on the way (301/302/307/308). */
  redirects: Redirect[];
}

const FOLLOWED = new Set([301, 302, 307, 308]);

/** fetch, retried once on a network error (a keep-alive socket the server closed meanwhile). */
async function fetchOnce(url: string): Promise<Response | undefined> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return await fetch(url, { redirect: 'manual' });
    } catch {
      // try again on a fresh connection
    }
  }
  return undefined;
}

/**
 * GETs `url` and follows same-origin 301/302/307/308 redirects (as browsers and the xRegistry
 * clients do: Pages answers `/dir` with a 301 to `/dir/`). A 303 (the spec's answer for an
 * external document) and any cross-origin redirect are returned as they are, never followed,
 * so nothing outside the served site is ever fetched. A URL that cannot be reached has status 0.
 */
export async function httpGet(url: string): Promise<Fetched> {
  const redirects: Redirect[] = [];
  let current = url;
  for (let hop = 0; hop < 5; hop++) {
    const res = await fetchOnce(current);
    if (!res) return { url: current, status: 0, headers: new Headers(), bytes: Buffer.alloc(0), redirects };
    const location = res.headers.get('location');
    if (FOLLOWED.has(res.status) && location !== null) {
      const next = new URL(location, current);
      if (next.origin === new URL(url).origin) {
        await res.arrayBuffer();
        redirects.push({ from: current, to: next.href, status: res.status });
        current = next.href;
        continue;
      }
    }
    return { url: current, status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()), redirects };
  }
  throw new Error(`more than 5 redirects from ${url}`);
}
