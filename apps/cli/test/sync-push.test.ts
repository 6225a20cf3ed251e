import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createScriptedRepo } from '@xrgit/git';
import { startFaultProxy } from './fault-proxy.js';
import { freePort, listFiles, runCliAsync, sampleRepo, startCli, stop } from './sync-helpers.js';

const root = mkdtempSync(join(tmpdir(), 'xrgit-sync-push-'));
let sample: string;
const running: ChildProcess[] = [];

beforeAll(async () => {
  sample = await sampleRepo(join(root, 'sample'));
}, 60_000);

afterEach(async () => {
  for (const c of running.splice(0)) await stop(c);
});

/** A repository whose registry/ holds nothing but a README, served by `xrgit serve --writable`. */
async function writableScratch(name: string): Promise<{ repo: string; url: string }> {
  const repo = join(root, name);
  await createScriptedRepo(repo, [{ commit: { message: 'empty registry', date: '2024-06-01T00:00:00Z', files: { 'registry/README.md': '# scratch\n' } } }]);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  running.push(await startCli(['serve', '--writable', '--port', String(port)], repo, `${url}model`));
  return { repo, url };
}

type Plan = { plan: { summary: Record<string, number>; steps: Array<{ action: string; xid: string }> }; applied: null | { steps: number; failed: unknown; remaining: number | null } };

async function push(args: string[]): Promise<Plan> {
  const r = await runCliAsync(['sync', 'push', ...args, '--format', 'json'], sample);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Plan;
}

/** The `/export` of a repository's registry at HEAD, without what a build derives from history (epochs, timestamps), its host (capabilities) or the target's identity (registryid, never pushed). */
async function exportOf(repo: string): Promise<unknown> {
  const out = join(repo, '..', `${repo.split('/').pop()}-site`);
  const r = await runCliAsync(['build', '--out', out, '--base-url', 'http://reg.example/', '--host', 'nginx'], repo);
  expect(r.code).toBe(0);
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).filter(([k]) => !['epoch', 'createdat', 'modifiedat', 'capabilities', 'registryid'].includes(k)).map(([k, x]) => [k, strip(x)]));
  };
  return strip(JSON.parse(readFileSync(join(out, 'export'), 'utf8')));
}

/** Pulls `url` into a new directory, commits it in a new repository, and returns that repository. */
async function pullIntoRepo(url: string, name: string): Promise<string> {
  const into = join(root, `${name}-pulled`);
  const r = await runCliAsync(['sync', 'pull', '--server', url, '--into', join(into, 'registry')]);
  expect(r.code).toBe(0);
  const files = Object.fromEntries(listFiles(join(into, 'registry')).map((p) => [`registry/${p}`, readFileSync(join(into, 'registry', p), 'utf8')]));
  const repo = join(root, `${name}-repo`);
  await createScriptedRepo(repo, [{ commit: { message: 'pulled', date: '2024-07-01T00:00:00Z', files } }]);
  return repo;
}

describe('xrgit sync push into xrgit serve --writable', () => {
  it('plans creates in reference order, applies them, plans nothing on a second run, and pulls back the same registry', async () => {
    const { url } = await writableScratch('scratch');
    const planned = await push(['--server', url]);
    expect(planned.applied).toBeNull();
    const xids = planned.plan.steps.map((s) => s.xid);
    expect(xids.indexOf('/messagegroups/CloudyHQ.Store')).toBeLessThan(xids.indexOf('/endpoints/cloudyhq-notify-store'));
    expect(xids.indexOf('/schemagroups/CloudyHQ/schemas/PackageTracking')).toBeLessThan(xids.indexOf('/messagegroups/CloudyHQ.Store/messages/CloudyHQ.Store.Arrive'));
    expect(planned.plan.summary).toMatchObject({ create: 11, delete: 0 });
    const applied = await push(['--server', url, '--apply']);
    expect(applied.applied).toMatchObject({ steps: planned.plan.steps.length, failed: null, remaining: 0 });
    expect((await push(['--server', url])).plan.steps).toEqual([]);
    expect(await exportOf(await pullIntoRepo(url, 'scratch'))).toEqual(await exportOf(sample));
  }, 120_000);

  it('converges through a proxy that fails, resets and loses answers to a seeded fraction of requests, losing nothing', async () => {
    const { url } = await writableScratch('faulty');
    const proxy = await startFaultProxy(url, 20240601, { fail500: 0.1, reset: 0.08, lostAnswer: 0.08 });
    try {
      const applied = await push(['--server', proxy.url, '--apply']);
      expect(applied.applied).toMatchObject({ failed: null, remaining: 0 });
      expect(proxy.counts.failed500 + proxy.counts.reset + proxy.counts.lostAnswer).toBeGreaterThan(3);
      expect((await push(['--server', url])).plan.steps).toEqual([]);
      expect(await exportOf(await pullIntoRepo(url, 'faulty'))).toEqual(await exportOf(sample));
    } finally {
      await new Promise<void>((ok) => proxy.server.close(() => ok()));
    }
  }, 180_000);

  it('deletes only with --prune, and in reverse order', async () => {
    const { url } = await writableScratch('prune');
    await push(['--server', url, '--apply']);
    const empty = join(root, 'empty-repo');
    await createScriptedRepo(empty, [{ commit: { message: 'nothing', date: '2024-06-01T00:00:00Z', files: { 'registry/README.md': '# none\n' } } }]);
    const r = await runCliAsync(['sync', 'push', '--server', url, '--format', 'json'], empty);
    const kept = JSON.parse(r.stdout) as { plan: { steps: Array<{ action: string }>; skipped: Array<{ xid: string }> } };
    expect(kept.plan.steps.filter((s) => s.action === 'delete')).toEqual([]);
    expect(kept.plan.skipped.map((s) => s.xid)).toEqual(expect.arrayContaining(['/endpoints/cloudyhq-scan', '/messagegroups/CloudyHQ.Store']));
    const pruned = await runCliAsync(['sync', 'push', '--server', url, '--prune', '--apply', '--format', 'json'], empty);
    expect(pruned.code).toBe(0);
    const steps = (JSON.parse(pruned.stdout) as { plan: { steps: Array<{ xid: string }> } }).plan.steps.map((s) => s.xid);
    expect(steps.indexOf('/endpoints/cloudyhq-scan')).toBeLessThan(steps.indexOf('/messagegroups/CloudyHQ.Factory'));
    const again = await runCliAsync(['sync', 'push', '--server', url, '--prune', '--format', 'json'], empty);
    expect((JSON.parse(again.stdout) as { plan: { steps: unknown[] } }).plan.steps).toEqual([]);
  }, 120_000);

  it('refuses to apply to a read-only server, and masks the token in the error', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const scratch = join(root, 'readonly');
    await createScriptedRepo(scratch, [{ commit: { message: 'empty', date: '2024-06-01T00:00:00Z', files: { 'registry/README.md': '# ro\n' } } }]);
    running.push(await startCli(['preview', '--port', String(port)], scratch, `${url}model`));
    const r = await runCliAsync(['sync', 'push', '--server', url, '--apply', '--header', 'Authorization: Bearer sekrit-token-1'], sample, { XRGIT_TOKEN: 'env-token-abc' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('available.entities.mutable is false');
    expect(r.stdout + r.stderr).not.toMatch(/sekrit-token-1|env-token-abc/);
  }, 60_000);
});
