import { createServer, request, type Server } from 'node:http';
import { seededRandom } from '@xrgit/git';

/** What the proxy did, by kind. */
export interface FaultCounts { forwarded: number; failed500: number; reset: number; lostAnswer: number }

/**
 * A loopback proxy in front of `target` that, for a seeded fraction of requests, answers 500
 * without forwarding, resets the connection without forwarding, or forwards the request and then
 * resets the connection instead of answering (the write happened, the client never hears it).
 */
export async function startFaultProxy(target: string, seed: number, rates: { fail500: number; reset: number; lostAnswer: number }): Promise<{ url: string; counts: FaultCounts; server: Server }> {
  const rand = seededRandom(seed);
  const counts: FaultCounts = { forwarded: 0, failed500: 0, reset: 0, lostAnswer: 0 };
  const t = new URL(target);
  const server = createServer((req, res) => {
    const r = rand();
    if (r < rates.fail500) {
      counts.failed500++;
      req.resume();
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"type":"https://github.com/xregistry/spec/blob/main/core/spec.md#server_error","title":"injected"}');
      return;
    }
    if (r < rates.fail500 + rates.reset) {
      counts.reset++;
      req.socket.destroy();
      return;
    }
    const lose = r < rates.fail500 + rates.reset + rates.lostAnswer;
    const upstream = request({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
      if (lose) {
        counts.lostAnswer++;
        up.resume();
        up.on('end', () => req.socket.destroy());
        return;
      }
      counts.forwarded++;
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, counts, server };
}
