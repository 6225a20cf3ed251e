import { isDeepStrictEqual } from 'node:util';
import type { CrawlFinding, CrawlRule } from './crawl-finding.js';
import { isObject, type CrawlModel, type Json } from './crawled-tree.js';
import { httpGet, type Fetched, type Redirect } from './http-get.js';

/** Options of a crawl. */
export interface CrawlOptions {
  /**
   * `configured`: the host sends JSON content types, the document headers and 303s for external
   * documents (nginx with the generated config). `plain`: it sends what GitHub Pages sends
   * (`text/html` or `application/octet-stream` for JSON, no headers, 404 for external documents).
   */
  host: 'configured' | 'plain';
  /** Requests in flight at once (default 8). */
  concurrency?: number;
}

/** Content types a client takes for JSON: what a configured host sends, and what Pages sends. */
const JSON_TYPES = { configured: ['application/json'], plain: ['application/json', 'application/octet-stream', 'text/html'] };
export const mediaType = (h: string | null): string => (h ?? '').split(';')[0]!.trim().toLowerCase();

/** Reads a served static registry the way its clients do, collecting every inconsistency. */
export class Crawler {
  readonly findings: CrawlFinding[] = [];
  readonly redirects: Redirect[] = [];
  readonly external: Redirect[] = [];
  readonly counts = { groups: 0, resources: 0, versions: 0, documents: 0 };
  private readonly cache = new Map<string, Promise<Fetched>>();
  private readonly parsed = new Map<string, Promise<Json | undefined>>();
  private readonly queue: Array<() => void> = [];
  private active = 0;
  model: CrawlModel = { groups: {} };

  constructor(
    readonly b: string,
    readonly options: CrawlOptions,
  ) {}

  get requests(): number {
    return this.cache.size;
  }

  find(rule: CrawlRule, url: string, key?: string, expected?: unknown, actual?: unknown): void {
    const f: CrawlFinding = { rule, url };
    if (key !== undefined) f.key = key;
    if (expected !== undefined || actual !== undefined) Object.assign(f, { expected, actual });
    this.findings.push(f);
  }

  /** `base + xid`, with the Registry at `base + "/"`. */
  url(xid: string, details = false): string {
    return `${this.b}${xid}${details ? '$details' : ''}`;
  }

  get(url: string): Promise<Fetched> {
    let p = this.cache.get(url);
    if (!p) {
      p = this.limited(() => httpGet(url)).then((f) => {
        this.redirects.push(...f.redirects);
        return f;
      });
      this.cache.set(url, p);
    }
    return p;
  }

  private async limited<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= (this.options.concurrency ?? 8)) await new Promise<void>((r) => this.queue.push(r));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.queue.shift()?.();
    }
  }

  /** GET a metadata URL: 200, a JSON content type, a JSON object (checked once per URL). */
  json(url: string): Promise<Json | undefined> {
    let p = this.parsed.get(url);
    if (!p) this.parsed.set(url, (p = this.checkJson(url)));
    return p;
  }

  private async checkJson(url: string): Promise<Json | undefined> {
    const f = await this.get(url);
    if (f.status !== 200) {
      this.find('http-status', url, undefined, 200, f.status);
      return undefined;
    }
    const type = mediaType(f.headers.get('content-type'));
    if (!JSON_TYPES[this.options.host].includes(type)) this.find('content-type', url, 'Content-Type', JSON_TYPES[this.options.host].join(' | '), f.headers.get('content-type'));
    try {
      const body: unknown = JSON.parse(f.bytes.toString('utf8'));
      if (isObject(body)) return body;
      this.find('invalid-json', url, undefined, 'an object', Array.isArray(body) ? 'an array' : typeof body);
    } catch (e) {
      this.find('invalid-json', url, undefined, 'JSON', (e as Error).message);
    }
    return undefined;
  }

  /** Fetches every `*url` attribute that points into the site (a client may follow any of them). */
  async followUrls(entity: Json, documentKey?: string): Promise<void> {
    const urls = Object.entries(entity).filter(([k, v]) => (k === 'self' || k.endsWith('url')) && k !== documentKey && typeof v === 'string' && v.startsWith(`${this.b}/`));
    await Promise.all(urls.map(([, v]) => this.json(v as string)));
  }

  /** Checks `self`, `xid` and the id attribute of an entity at `xid`. */
  identity(entity: Json, at: string, xid: string, details: boolean, ids: Record<string, string>): void {
    if (entity['self'] !== this.url(xid, details)) this.find('self', at, 'self', this.url(xid, details), entity['self']);
    if (entity['xid'] !== xid) this.find('xid', at, 'xid', xid, entity['xid']);
    for (const [k, v] of Object.entries(ids)) if (entity[k] !== v) this.find('id', at, k, v, entity[k]);
  }

  /**
   * Follows `<plural>url` of `owner` (at `ownerXid`), checks the URL and `<plural>count`, and
   * returns the members with their xids.
   */
  async collection(owner: Json, at: string, ownerXid: string, plural: string): Promise<Array<[string, Json, string]>> {
    const parent = ownerXid === '/' ? '' : ownerXid;
    const expected = `${this.b}${parent}/${plural}`;
    if (owner[`${plural}url`] !== expected) this.find('url', at, `${plural}url`, expected, owner[`${plural}url`]);
    const map = await this.json(expected);
    if (!map) return [];
    const keys = Object.keys(map);
    if (owner[`${plural}count`] !== keys.length) this.find('count', at, `${plural}count`, keys.length, owner[`${plural}count`]);
    const members: Array<[string, Json, string]> = [];
    for (const key of keys) {
      const m = map[key];
      if (isObject(m)) members.push([key, m, `${parent}/${plural}/${key}`]);
      else this.find('invalid-json', expected, key, 'an entity object', m);
    }
    return members;
  }

  /** The entity at a collection member's `self`, which must equal the member. */
  async member(member: Json, xid: string, details: boolean): Promise<Json | undefined> {
    const url = this.url(xid, details);
    const entity = await this.json(url);
    if (entity && !isDeepStrictEqual(entity, member)) this.find('member-mismatch', url, undefined, member, entity);
    return entity;
  }
}
