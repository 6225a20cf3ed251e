import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Diagnostics, validateRegistry, type ViewState } from '@xrgit/core';
import { renderSite, staticCapabilities, writeSite } from '@xrgit/export';
import { MODES, supportedFormats, validateRegistryFormats } from '@xrgit/formats';
import { filesSnapshot, loadLayout, seededRandom as prng } from '@xrgit/git';
import { runCli } from '../e2e/support/run-cli.js';
import { makeTempDir, removeTempDir } from '../e2e/support/temp-dir.js';

/**
 * Mutation fuzzing of whole registries through the library (load, validate, validate formats,
 * render, write) and, every CLI_EVERY iterations, through `xrgit validate FILE`. Deterministic:
 * the seed is fixed (FUZZ_SEED overrides it) and printed with every failure.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20240601);
const ITERATIONS = 200;
const PER_ITERATION_MS = 2_000;
const CLI_EVERY = 50;
const BASE = 'https://fuzz.example/';
const TIMES = { epoch: 1, createdat: '2024-01-01T00:00:00Z', modifiedat: '2024-01-01T00:00:00Z' };

type Files = Map<string, Uint8Array>;
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (b: Uint8Array): string => new TextDecoder().decode(b);

async function readTreeFiles(root: string, dir = root, out: Files = new Map()): Promise<Files> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await readTreeFiles(root, full, out);
    else if (entry.isFile()) out.set(relative(root, full).split('\\').join('/'), new Uint8Array(await readFile(full)));
  }
  return out;
}

/** A small registry of every kind of file the layout knows. */
function generatedRegistry(): Files {
  const files: Record<string, string> = {
    'registry.yaml': 'registryid: fuzz\ndescription: generated\n',
    'schemagroups/g1/schemagroup.yaml': 'description: group one\nlabels:\n  team: a\n',
    'schemagroups/g1/schemas/Order.json': '{ "$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "properties": { "id": { "type": "string" } } }\n',
    'schemagroups/g1/schemas/Order.details.yaml': 'name: Order\ndescription: an order\n',
    'schemagroups/g1/schemas/Rec.avsc': '{ "type": "record", "name": "Rec", "fields": [ { "name": "a", "type": "string" } ] }\n',
    'schemagroups/g1/schemas/P/versions/1.proto': 'syntax = "proto3";\nmessage P { string a = 1; }\n',
    'schemagroups/g1/schemas/P/versions/2.proto': 'syntax = "proto3";\nmessage P { string a = 1; int32 b = 2; }\n',
    'messagegroups/m1.yaml': 'envelope: CloudEvents/1.0\nmessages:\n  com.example.Ping:\n    envelopemetadata:\n      type:\n        value: com.example.Ping\n    dataschemauri: /schemagroups/g1/schemas/Order\n',
    'whole.xreg.json': '{ "schemagroups": { "g2": { "schemas": { "s": { "format": "JsonSchema/draft-07", "schema": { "type": "string" } } } } } }\n',
  };
  return new Map(Object.entries(files).map(([k, v]) => [k, enc(v)]));
}

const VALUES: unknown[] = [null, 0, -1, 1e308, true, '', 'x', [], {}, [[[]]], { __proto__: 1 }, '<script>', '../../etc/passwd'];
const KEYS = ['__proto__', 'constructor', 'prototype', 'schemagroups', 'versions', 'format', 'xid', 'epoch', '', 'a'.repeat(200), 'toString'];

/** Mutations of the parsed value of a JSON or YAML text (reparsed as JSON where it is JSON). */
function mutateValue(rand: () => number, value: unknown, kind: string): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const objects: Array<Record<string, unknown>> = [];
  const walk = (v: unknown, depth: number): void => {
    if (v === null || typeof v !== 'object' || depth > 20) return;
    if (!Array.isArray(v)) objects.push(v as Record<string, unknown>);
    for (const child of Object.values(v as object)) walk(child, depth + 1);
  };
  walk(value, 0);
  const target = objects.length > 0 ? pick(objects) : undefined;
  if (!target) return pick(VALUES);
  const keys = Object.keys(target);
  if (kind === 'retype' && keys.length > 0) Object.defineProperty(target, pick(keys), { value: pick(VALUES), enumerable: true, writable: true, configurable: true });
  else if (kind === 'insert-key') Object.defineProperty(target, pick(KEYS), { value: pick(VALUES), enumerable: true, writable: true, configurable: true });
  else if (kind === 'deep') {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 50 + Math.floor(rand() * 400); i++) deep = rand() < 0.5 ? [deep] : { a: deep };
    Object.defineProperty(target, pick(keys.length > 0 ? keys : KEYS), { value: deep, enumerable: true, writable: true, configurable: true });
  } else if (kind === 'swap-ids' && keys.length > 1) {
    const [a, b] = [pick(keys), pick(keys)];
    const va = target[a];
    Object.defineProperty(target, a, { value: target[b], enumerable: true, writable: true, configurable: true });
    Object.defineProperty(target, b, { value: va, enumerable: true, writable: true, configurable: true });
  }
  return value;
}

const MUTATIONS = ['delete-file', 'duplicate-file', 'rename-file', 'flip-bytes', 'truncate', 'retype', 'insert-key', 'deep', 'swap-ids'] as const;

/** Applies one random mutation to `files` and says what it did. */
function mutate(rand: () => number, files: Files): string {
  const paths = [...files.keys()];
  const path = paths[Math.floor(rand() * paths.length)]!;
  const bytes = files.get(path)!;
  const kind = MUTATIONS[Math.floor(rand() * MUTATIONS.length)]!;
  const other = ['x.json', 'X.yaml', 'index.html', '__proto__.json', 'a.details.yaml', 'versions/1.json', 's.xreg.yaml', 'sub/dir/deep.avsc'][Math.floor(rand() * 8)]!;
  switch (kind) {
    case 'delete-file':
      files.delete(path);
      return `${kind} ${path}`;
    case 'duplicate-file':
    case 'rename-file': {
      const to = `${dirname(path) === '.' ? '' : `${dirname(path)}/`}${other}`;
      files.set(to, bytes);
      if (kind === 'rename-file' && to !== path) files.delete(path);
      return `${kind} ${path} -> ${to}`;
    }
    case 'flip-bytes': {
      const copy = new Uint8Array(bytes);
      for (let n = 0; n < 1 + Math.floor(rand() * 4) && copy.length > 0; n++) copy[Math.floor(rand() * copy.length)] = Math.floor(rand() * 256);
      files.set(path, copy);
      return `${kind} ${path}`;
    }
    case 'truncate':
      files.set(path, bytes.slice(0, Math.floor(rand() * bytes.length)));
      return `${kind} ${path}`;
    default: {
      let value: unknown;
      try {
        value = JSON.parse(dec(bytes));
      } catch {
        return `${kind} ${path} (not JSON, unchanged)`;
      }
      files.set(path, enc(JSON.stringify(mutateValue(rand, value, kind))));
      return `${kind} ${path}`;
    }
  }
}

/** Every file path under `dir` with its size, to prove nothing was written outside OUT. */
async function listing(dir: string, skip: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (full === skip || full.startsWith(`${skip}/`)) continue;
      if (e.isDirectory()) await walk(full);
      else out.push(`${relative(dir, full)} ${(await stat(full)).size}`);
    }
  };
  await walk(dir);
  return out.sort();
}

/** Load, validate, validate formats, render and write, as `xrgit build` does. */
async function runLibrary(files: Files, outDir: string): Promise<void> {
  const loaded = await loadLayout(filesSnapshot(files));
  const d = new Diagnostics();
  validateRegistry(loaded.registry, loaded.model, d);
  const formats = validateRegistryFormats(loaded.registry, loaded.model, { baseUrl: BASE });
  const patterns = supportedFormats();
  const state: ViewState = {
    registry: loaded.registry,
    model: loaded.model,
    times: () => TIMES,
    capabilities: staticCapabilities(loaded.model, { formats: patterns, compatibilities: Object.fromEntries(patterns.map((p) => [p, Object.keys(MODES)])) }) as unknown as Record<string, unknown>,
    modelsource: loaded.modelsource,
    validation: (xid) => formats.results.get(xid),
  };
  const tree = renderSite(state, { baseUrl: BASE, profile: 'pages', commit: '0'.repeat(40), toolVersion: 'fuzz' });
  await writeSite(tree, outDir);
}

let tmp: string;
const bases: Array<[string, Files]> = [];
beforeAll(async () => {
  tmp = await makeTempDir('fuzz');
  bases.push(['sample registry/', await readTreeFiles(join(import.meta.dirname, '..', '..', 'registry'))], ['generated registry', generatedRegistry()]);
});
afterAll(async () => {
  await removeTempDir(tmp);
});

it(`survives ${ITERATIONS} mutated registries without an exception, a hang or a write outside the output directory`, async () => {
  const rand = prng(SEED);
  const work = join(tmp, 'work');
  await mkdir(work);
  const outDir = join(work, 'out');
  const before = await listing(tmp, outDir);
  for (let i = 0; i < ITERATIONS; i++) {
    const [baseName, base] = bases[i % bases.length]!;
    const files: Files = new Map(base);
    const applied = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => mutate(rand, files));
    const where = `seed ${SEED}, iteration ${i}, ${baseName}: ${applied.join('; ')}`;
    const started = performance.now();
    try {
      await runLibrary(files, outDir);
      if (i % CLI_EVERY === CLI_EVERY - 1) {
        const doc = [...files].find(([p]) => /\.(json|ya?ml|avsc)$/.test(p));
        if (doc) {
          const file = join(work, `cli-${i}.xreg.json`);
          await writeFile(file, doc[1]);
          const run = await runCli(['validate', file, '--format', 'json'], work);
          expect([0, 1], `${where}: exit ${run.code} ${run.stderr}`).toContain(run.code);
        }
      }
    } catch (e) {
      throw new Error(`${where}: ${(e as Error).stack ?? String(e)}`, { cause: e });
    }
    const ms = performance.now() - started;
    expect(ms, `${where}: took ${Math.round(ms)} ms`).toBeLessThan(PER_ITERATION_MS * (i % CLI_EVERY === CLI_EVERY - 1 ? 3 : 1));
  }
  const after = (await listing(tmp, outDir)).filter((l) => !/^work\/cli-\d+\.xreg\.json /.test(l));
  expect(after, `seed ${SEED}`).toEqual(before);
}, 45_000);
