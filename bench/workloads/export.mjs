import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildRegistryModel, Diagnostics, registryFromDocument } from '@xrgit/core';
import { renderSite, staticCapabilities, writeSite } from '@xrgit/export';
import { measure, ratioLine } from '../lib/measure.mjs';
import { syntheticRegistry } from '../lib/synthetic-registry.mjs';

function viewState(doc, model) {
  const registry = registryFromDocument(doc, { model, diagnostics: new Diagnostics(), file: 'bench.xreg.json' });
  return {
    registry,
    model,
    times: () => ({ epoch: 1, createdat: '2024-01-01T00:00:00Z', modifiedat: '2024-01-01T00:00:00Z' }),
    capabilities: staticCapabilities(model, { formats: [], compatibilities: {} }),
    modelsource: {},
  };
}

/** The baseline: write the same bytes to the same paths with plain mkdir + writeFileSync. */
function minimalWrite(tree, out) {
  rmSync(out, { recursive: true, force: true });
  const made = new Set();
  for (const [path, file] of tree) {
    const full = join(out, path);
    const d = dirname(full);
    if (!made.has(d)) {
      mkdirSync(d, { recursive: true });
      made.add(d);
    }
    writeFileSync(full, file.bytes);
  }
}

/**
 * Issue 4: cold build (render + atomic write) of N resources × 5 versions, as a ratio to writing
 * the same bytes and files with a minimal writer; an incremental build after one document
 * changed, with the number of files rewritten; peak memory.
 */
export async function exportWorkload({ quick }) {
  const resources = quick ? 300 : 10_000;
  const model = buildRegistryModel(undefined).model;
  const doc = syntheticRegistry({ resources, versions: 5 });
  const base = mkdtempSync(join(tmpdir(), 'xrgit-bench-export-'));
  const options = { baseUrl: 'https://registry.example.com/', profile: 'nginx', commit: 'bench', toolVersion: 'bench' };
  let tree;
  let files = 0;
  const cold = await measure(async () => {
    tree = renderSite(viewState(doc, model), options);
    rmSync(join(base, 'site'), { recursive: true, force: true });
    await writeSite(tree, join(base, 'site'), { incremental: false });
    files = tree.size;
  }, { repeat: quick ? 1 : 2, warmup: false });
  const baseline = await measure(() => minimalWrite(tree, join(base, 'plain')), { repeat: 2, warmup: false });
  const changed = structuredClone(doc);
  const first = Object.values(changed.schemagroups)[0];
  const firstSchema = Object.values(first.schemas)[0];
  firstSchema.versions['5'].schema.properties.extra = { type: 'string' };
  let result;
  const incremental = await measure(async () => {
    await writeSite(renderSite(viewState(doc, model), options), join(base, 'site'), { incremental: true });
    result = await writeSite(renderSite(viewState(changed, model), options), join(base, 'site'), { incremental: true });
  }, { repeat: 1, warmup: false });
  rmSync(base, { recursive: true, force: true });
  return {
    name: 'export',
    lines: [
      ratioLine(`build ${resources} x 5 versions (${files} files)`, cold, baseline, `peak +${cold.peakMiB.toFixed(0)} MiB`),
      ratioLine('build incremental after one document change', incremental, baseline, `${result.written} written, ${result.unchanged} unchanged (two builds timed)`),
    ],
    figures: { resources, files, coldMs: cold.ms, baselineMs: baseline.ms, ratio: cold.ms / baseline.ms, peakMiB: cold.peakMiB, incrementalMs: incremental.ms, rewritten: result.written, unchanged: result.unchanged },
  };
}
