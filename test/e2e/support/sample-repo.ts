import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createScriptedRepo, type ScriptedRepo, type ScriptStep } from '@xrgit/git';

/** The sample registry of the repository (DESIGN.md §7). */
export const SAMPLE_REGISTRY = join(import.meta.dirname, '..', '..', '..', 'registry');

const AVRO = 'registry/schemagroups/CloudyHQ/schemas/PackageTrackingAvro.avsc';

/** Every file of the sample registry as `registry/<path>` → content. */
export function sampleRegistryFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const e of readdirSync(SAMPLE_REGISTRY, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const abs = join(e.parentPath, e.name);
    files[`registry/${relative(SAMPLE_REGISTRY, abs).split(sep).join('/')}`] = readFileSync(abs, 'utf8');
  }
  return files;
}

/** The sample Avro schema with one more optional field: a second, history-derived version. */
function avroWithWeight(avsc: string): string {
  const schema = JSON.parse(avsc) as { fields: unknown[] };
  schema.fields.push({ name: 'weightKg', type: ['null', 'double'], default: null, doc: 'Weight of the package in kilograms.' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/**
 * The steps of the sample registry's scripted history: the whole sample, then a change of the
 * Avro schema (so `PackageTrackingAvro` has versions 1 and 2 from history), then a change of
 * the registry's description only.
 */
export function sampleRegistrySteps(): ScriptStep[] {
  const files = sampleRegistryFiles();
  return [
    { commit: { message: 'Add the CloudyHQ sample registry', files } },
    { commit: { message: 'Avro: add weightKg', files: { [AVRO]: avroWithWeight(files[AVRO]!) } } },
    { commit: { message: 'Describe the registry', files: { 'registry/registry.yaml': files['registry/registry.yaml']!.replace('name: CloudyHQ package tracking', 'name: CloudyHQ package tracking (e2e)') } } },
  ];
}

/** A real git repository holding the sample registry with a history of three commits. */
export function createSampleRepo(dir: string): Promise<ScriptedRepo> {
  return createScriptedRepo(dir, sampleRegistrySteps());
}

/**
 * One more commit for the sample: a group and schemas whose ids use every punctuation an id
 * may have (`~`, `@`, `:`), which URL encoders, JSON Pointers and nginx maps treat specially.
 */
export function punctuatedIdsStep(): ScriptStep {
  const files = Object.fromEntries(['a~b', 'x@y', 'c:d', '_.-'].map((id) => [`registry/schemagroups/g~1/schemas/${id}.json`, `{ "$schema": "http://json-schema.org/draft-07/schema#", "title": "${id}" }\n`]));
  return { commit: { message: 'Ids with punctuation', files } };
}
