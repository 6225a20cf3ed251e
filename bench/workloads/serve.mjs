import { Agent, createServer, request } from 'node:http';
import { buildRegistryModel, Diagnostics, registryFromDocument } from '@xrgit/core';
import { staticCapabilities } from '@xrgit/export';
import { startServer } from '@xrgit/serve';
import { measure, ratioLine } from '../lib/measure.mjs';
import { syntheticRegistry } from '../lib/synthetic-registry.mjs';

function viewState(doc, model) {
  const registry = registryFromDocument(doc, { model, diagnostics: new Diagnostics(), file: 'bench.xreg.json' });
  return { registry, model, times: () => ({ epoch: 1, createdat: '2024-01-01T00:00:00Z', modifiedat: '2024-01-01T00:00:00Z' }), capabilities: staticCapabilities(model, { formats: [], compatibilities: {} }), modelsource: {} };
}

/** GETs every path in `paths` (round robin) `total` times with `concurrency` requests in flight, on loopback. */
function load(port, paths, total, concurrency) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let sent = 0;
  let bytes = 0;
  return new Promise((resolve, reject) => {
    let active = 0;
    const next = () => {
      if (sent >= total) {
        if (active === 0) resolve(bytes);
        return;
      }
      const path = paths[sent++ % paths.length];
      active++;
      const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
        res.on('data', (d) => (bytes += d.length));
        res.on('end', () => {
          active--;
          next();
        });
      });
      req.on('error', reject);
      req.end();
    };
    for (let i = 0; i < concurrency; i++) next();
  });
}

/**
 * Issue 8: `xrgit serve` throughput — entity and collection GETs against the read API over a
 * registry of N resources, as requests per second, against the baseline of a minimal Node HTTP
 * server answering the same URLs with pre-serialized bytes (same loopback, same client, same run).
 */
export async function serveWorkload({ quick }) {
  const resources = quick ? 300 : 2_000;
  const total = quick ? 2_000 : 10_000;
  const model = buildRegistryModel(undefined).model;
  const doc = syntheticRegistry({ resources, versions: 3, groups: Math.max(3, Math.floor(resources / 100)) });
  const state = viewState(doc, model);
  const paths = [];
  for (const [gid, g] of Object.entries(doc.schemagroups)) {
    for (const sid of Object.keys(g.schemas).slice(0, 20)) paths.push(`/schemagroups/${gid}/schemas/${sid}$details`, `/schemagroups/${gid}/schemas/${sid}/versions`, `/schemagroups/${gid}/schemas/${sid}`);
    paths.push(`/schemagroups/${gid}`);
  }
  const server = await startServer(() => state, { port: 0 });
  const port = server.address().port;
  const canned = new Map();
  for (const p of paths) {
    const body = await new Promise((resolve) => request({ host: '127.0.0.1', port, path: p }, (res) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).end());
    canned.set(p, body);
  }
  const plain = createServer((req, res) => {
    const body = canned.get(req.url) ?? Buffer.alloc(0);
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(body.length) });
    res.end(body);
  });
  await new Promise((r) => plain.listen(0, '127.0.0.1', r));
  try {
    const baseline = await measure(() => load(plain.address().port, paths, total, 16), { repeat: 2 });
    const result = await measure(() => load(port, paths, total, 16), { repeat: 2 });
    const rps = Math.round(total / (result.ms / 1000));
    return {
      name: 'serve',
      lines: [ratioLine(`serve ${total} GETs over ${resources} resources`, result, baseline, `${rps} requests/s (16 in flight, keep-alive)`)],
      figures: { resources, requests: total, ms: result.ms, baselineMs: baseline.ms, ratio: result.ms / baseline.ms, requestsPerSecond: rps },
    };
  } finally {
    server.close();
    plain.close();
  }
}
