import type { ScriptStep } from '@xrgit/git';
import { sampleRegistryFiles } from './sample-repo.js';

/** Paths of the sample's JSON Schema (explicit versions, meta.compatibility: backward). */
export const TRACKING = 'registry/schemagroups/CloudyHQ/schemas/PackageTracking';

/** Version 2 of the sample's JSON Schema, edited by `edit`, as a new version 3 document. */
export function trackingV3(edit: (schema: { properties: Record<string, unknown>; required: string[] }) => void): string {
  const v2 = JSON.parse(sampleRegistryFiles()[`${TRACKING}/versions/2.json`]!) as { properties: Record<string, unknown>; required: string[] };
  edit(v2);
  return `${JSON.stringify(v2, null, 2)}\n`;
}

/**
 * The scripted pull requests of the check acceptance tests: `main` holds the sample registry,
 * and each branch is one pull request on it.
 */
export function checkScenarioSteps(): ScriptStep[] {
  const files = sampleRegistryFiles();
  const details = `${TRACKING}/schema.details.yaml`;
  return [
    { commit: { message: 'Add the CloudyHQ sample registry', files } },
    { branch: 'compatible' },
    { commit: { message: 'PackageTracking v3: optional note', files: { [`${TRACKING}/versions/3.json`]: trackingV3((s) => (s.properties['note'] = { type: 'string' })) } } },
    { checkout: 'main' },
    { branch: 'breaking' },
    { commit: { message: 'PackageTracking v3: weightKg required', files: { [`${TRACKING}/versions/3.json`]: trackingV3((s) => s.required.push('weightKg')) } } },
    { checkout: 'main' },
    { branch: 'descriptions' },
    { commit: { message: 'Better description', files: { [details]: files[details]!.replace('description: Payload of the CloudyHQ Arrive and Depart events (JSON Schema).', 'description: Payload of every CloudyHQ Arrive and Depart event (JSON Schema).') } } },
    { checkout: 'main' },
    { branch: 'remove-schema' },
    { commit: { message: 'Remove PackageTracking', files: Object.fromEntries(Object.keys(files).filter((p) => p.startsWith(`${TRACKING}/`)).map((p) => [p, null])) } },
    { checkout: 'main' },
  ];
}
