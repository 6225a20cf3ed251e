import { validateAttributes } from '../attributes/validate-attributes.js';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import type { GroupNode, RegistryNode } from '../entities/registry-node.js';
import { checkId } from '../ids/check-id.js';
import type { Model } from '../model/model-types.js';
import { normalizeDomainAttributes } from '../domains/normalize-domain-attributes.js';
import { validateDomains } from '../domains/validate-domains.js';
import { checkConstraints } from './check-constraints.js';
import { checkDeprecated } from './check-deprecated.js';
import { checkResource } from './check-resource.js';
import { checkUniqueIds } from './check-unique-ids.js';
import { registryIndex } from './registry-index.js';

/**
 * Validates an authored registry against its model: every entity's attributes, ids and their
 * uniqueness, versioning rules, group constraints, cross references, and the domain rules the
 * spec states in prose. Message attributes that the prose spells differently from the model are
 * renamed first (normalizeDomainAttributes), so validation mutates `registry`. Returns the
 * diagnostics (content problems are never thrown).
 */
export function validateRegistry(registry: RegistryNode, model: Model, diagnostics: Diagnostics = new Diagnostics()): Diagnostics {
  normalizeDomainAttributes(registry, model, diagnostics);
  const exempt = new Set(Object.keys(model.groups));
  validateAttributes(registry.attributes, model.attributes, { model, diagnostics, xid: '/', entity: 'the registry', source: registry.source }, exempt);
  const rid = registry.attributes['registryid'];
  if (rid !== undefined) {
    const bad = checkId(rid);
    if (bad) diagnostics.report('id/malformed', { id: String(rid), detail: bad }, { xid: '/', ...(registry.source ? { file: registry.source.file, pointer: `${registry.source.pointer}/registryid` } : {}) });
  }
  checkUniqueIds(registry.groups, '/', diagnostics);
  const index = registryIndex(registry);
  for (const [plural, groups] of registry.groups) {
    const gm = model.groups[plural];
    if (!gm) continue;
    for (const group of groups.values()) checkGroup(group, plural, model, diagnostics, index.has.bind(index));
  }
  validateDomains(registry, model, diagnostics);
  return diagnostics;
}

function checkGroup(group: GroupNode, plural: string, model: Model, diagnostics: Diagnostics, exists: (xid: string) => boolean): void {
  const gm = model.groups[plural]!;
  const xid = `/${plural}/${group.id}`;
  const idAttr = `${gm.singular}id`;
  validateAttributes(group.attributes, gm.attributes, { model, diagnostics, xid, entity: `group ${xid}`, source: group.source }, new Set([idAttr, ...Object.keys(gm.resources)]));
  if (group.attributes[idAttr] !== undefined && group.attributes[idAttr] !== group.id) {
    diagnostics.report('id/mismatched', { attribute: idAttr, value: String(group.attributes[idAttr]), id: group.id, by: 'name' }, { xid, ...(group.source ? { file: group.source.file, pointer: `${group.source.pointer}/${idAttr}` } : {}) });
  }
  checkDeprecated(group.attributes['deprecated'], xid, group.source, diagnostics);
  checkUniqueIds(group.resources, xid, diagnostics);
  for (const [rplural, resources] of group.resources) {
    const rm = gm.resources[rplural];
    if (!rm) continue;
    for (const resource of resources.values()) {
      checkResource(resource, { model, rm, groups: plural, resources: rplural, xid: `${xid}/${rplural}/${resource.id}`, diagnostics, exists });
    }
  }
  checkConstraints(group, gm, xid, diagnostics);
}
