import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, isDocumentView, maskSecrets, nextLink, SyncError } from '../src/index.js';
import { readCollection } from '../src/read-collection.js';

let server: Server;
let base: string;
let calls = 0;
const seen: Array<string | undefined> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers['authorization']);
    if (req.url === '/flaky') return void (++calls < 3 ? res.writeHead(503).end() : res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
    if (req.url === '/down') return void res.writeHead(502).end();
    if (req.url === '/items') return void res.writeHead(200, { link: `<${base}items?page=2>; rel="next"; count=3` }).end('{"a":{},"b":{}}');
    if (req.url === '/items?page=2') return void res.writeHead(200).end('{"c":{}}');
    res.writeHead(404).end('{"title":"The targeted entity (/x) cannot be found."}');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

const fast = { attempts: 4, baseDelayMs: 1, maxDelayMs: 2, timeoutMs: 2_000 };

describe('HttpClient', () => {
  it('retries transient failures with backoff until the server answers', async () => {
    const delays: number[] = [];
    const client = new HttpClient({ server: base, retry: { ...fast, baseDelayMs: 10, maxDelayMs: 25 }, sleep: async (ms) => void delays.push(ms) });
    expect((await client.getJson('/flaky')).body).toEqual({ ok: true });
    expect(delays).toEqual([10, 20]);
    expect(client.stats).toEqual({ requests: 3, retries: 2 });
  });

  it('gives up after the bounded number of attempts', async () => {
    const client = new HttpClient({ server: base, retry: fast, sleep: async () => undefined });
    await expect(client.getJson('/down')).rejects.toMatchObject({ code: 'server-unreachable', data: { attempts: 4, detail: 'status 502' } });
  });

  it('sends the token and user info as authorization and never shows them', async () => {
    const client = new HttpClient({ server: base.replace('//', '//bob:pa55word@'), token: 'tok-123456', headers: { 'X-Key': 'key-abcdef' } });
    const e = await client.getJson('/missing').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SyncError);
    expect(seen.at(-1)).toBe('Bearer tok-123456');
    expect(client.display).toBe(base);
    expect(client.mask('a tok-123456 b key-abcdef pa55word')).toBe('a *** b *** ***');
  });

  it('follows rel=next pagination and merges the pages', async () => {
    expect(Object.keys(await readCollection(new HttpClient({ server: base }), '/items'))).toEqual(['a', 'b', 'c']);
  });
});

describe('helpers', () => {
  it('finds rel=next among several links, quoted or not', () => {
    expect(nextLink('<http://h/a?p=1>;rel=prev, <b?p=3>; rel="next"; count=9', 'http://h/x/')).toBe('http://h/x/b?p=3');
    expect(nextLink('<http://h/>;rel=xregistry-root', 'http://h/')).toBeUndefined();
  });

  it('tells the document view from a plain root a static host sends for /?doc', () => {
    expect(isDocumentView({ self: '#/', schemagroupscount: 1, schemagroups: {} }, ['schemagroups'])).toBe(true);
    expect(isDocumentView({ self: 'http://h/', schemagroupsurl: 'http://h/schemagroups', schemagroupscount: 1 }, ['schemagroups'])).toBe(false);
  });

  it('masks longer secrets first and leaves short values alone', () => {
    expect(maskSecrets('abcdef abc', ['abc', 'abcdef'])).toBe('*** abc');
  });
});
