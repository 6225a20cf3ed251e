import { buildRegistryModel, Diagnostics, registryFromDocument, SourceFile, validateRegistry } from '@xrgit/core';
import { measure, ratioLine } from '../lib/measure.mjs';
import { syntheticRegistry } from '../lib/synthetic-registry.mjs';

/**
 * Issue 2: validate a synthetic registry (resources × versions) and compare with the baseline of
 * parsing the same JSON text with JSON.parse in the same run.
 */
export async function validateWorkload({ quick }) {
  const resources = quick ? 1_000 : 10_000;
  const versions = 5;
  const text = JSON.stringify(syntheticRegistry({ resources, versions }), null, 2);
  const model = buildRegistryModel(undefined).model;
  let errors = 0;
  const baseline = await measure(() => JSON.parse(text));
  const result = await measure(() => {
    const d = new Diagnostics();
    const sf = SourceFile.parse('bench.xreg.json', text, d);
    const registry = registryFromDocument(sf.value, { model, diagnostics: d, file: 'bench.xreg.json' });
    validateRegistry(registry, model, d);
    errors = d.errorCount;
    if (errors > 0) throw new Error(`the synthetic registry should be valid but has ${errors} errors: ${d.items.slice(0, 3).map((i) => i.code).join(', ')}`);
  }, { repeat: quick ? 2 : 3 });
  const entities = resources * (versions + 2) * 2;
  const perSecond = Math.round(entities / (result.ms / 1000));
  return {
    name: 'validate',
    lines: [ratioLine(`validate ${resources} resources x ${versions} versions`, result, baseline, `${perSecond} entities/s, ${(text.length / 1048576).toFixed(1)} MiB, ${errors} errors`)],
    figures: { resources, versions, ms: result.ms, baselineMs: baseline.ms, ratio: result.ms / baseline.ms, entitiesPerSecond: perSecond, peakMiB: result.peakMiB, errors },
  };
}
