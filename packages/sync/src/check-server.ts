import type { Model, RegistryNode } from '@xrgit/core';
import type { PushPlan } from './push-plan.js';
import type { ServerCapabilities } from './server-capabilities.js';
import { SyncError } from './sync-error.js';

/**
 * Checks that the server's model can hold the registry: every Group and Resource type the
 * registry has entities of exists on the server with the same singular and `hasdocument`, and a
 * server type with `setversionid: false` is not asked to take Version ids.
 * @throws SyncError `model-mismatch` listing every problem.
 */
export function checkServerModel(local: RegistryNode, localModel: Model, serverModel: Model): void {
  const problems: string[] = [];
  for (const [plural, groups] of local.groups) {
    if (groups.size === 0) continue;
    const lg = localModel.groups[plural]!;
    const sg = serverModel.groups[plural];
    if (!sg) {
      problems.push(`no group type "${plural}"`);
      continue;
    }
    if (sg.singular !== lg.singular) problems.push(`group type "${plural}" has singular "${sg.singular}", not "${lg.singular}"`);
    const used = new Set([...groups.values()].flatMap((g) => [...g.resources].filter(([, m]) => m.size > 0).map(([rp]) => rp)));
    for (const rplural of [...used].sort()) {
      const lr = lg.resources[rplural]!;
      const sr = sg.resources[rplural];
      if (!sr) problems.push(`no resource type "${plural}/${rplural}"`);
      else if (sr.singular !== lr.singular) problems.push(`resource type "${plural}/${rplural}" has singular "${sr.singular}", not "${lr.singular}"`);
      else if (sr.hasdocument !== lr.hasdocument) problems.push(`resource type "${plural}/${rplural}" has hasdocument ${sr.hasdocument}, not ${lr.hasdocument}`);
      else if (!sr.setversionid) problems.push(`resource type "${plural}/${rplural}" has setversionid false, so Version ids cannot be pushed`);
    }
  }
  if (problems.length > 0) throw new SyncError('model-mismatch', { problems });
}

/**
 * Checks the capabilities that a push relies on: `specversions` lists 1.0-rc4 (an empty or missing
 * list is taken as the spec's default), and, before applying a plan with steps, that
 * `available.entities.mutable` is true.
 * @throws SyncError `unsupported-specversion`, `read-only-server`
 */
export function checkCapabilities(capabilities: ServerCapabilities, plan: PushPlan, applying: boolean): void {
  if (capabilities.specversions.length > 0 && !capabilities.specversions.includes('1.0-rc4')) throw new SyncError('unsupported-specversion', { offered: capabilities.specversions });
  if (applying && plan.steps.length > 0 && !capabilities.mutable('entities')) throw new SyncError('read-only-server', { api: 'entities' });
}
