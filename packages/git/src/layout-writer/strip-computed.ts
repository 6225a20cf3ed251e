import type { Attributes, Diagnostics, GroupNode, Model, RegistryNode, ResourceNode, VersionNode } from '@xrgit/core';
import type { ImportCode } from './import-catalogue.js';
import { stripDerived, type DerivedLevel } from '../layout/strip-derived.js';

/**
 * A copy of `registry` without the attributes a registry computes and the layout derives
 * (docs/layout.md §13: `self`, `xid`, `epoch`, `createdat`, `modifiedat`, `*url`, `*count`, ...),
 * the same set the loader ignores in `.xreg` documents (§10), and without `capabilities`. Reports
 * what was left out as one `import/computed-attributes-ignored` warning. The registry that the
 * layout must reproduce is this copy.
 */
export function withoutComputed(registry: RegistryNode, model: Model, diagnostics?: Diagnostics<ImportCode>): RegistryNode {
  const found = new Set<string>();
  let count = 0;
  const clean = (attrs: Attributes, level: DerivedLevel): Attributes => {
    const copy = structuredClone(attrs);
    const names = stripDerived(copy, level).map((f) => f.name);
    names.forEach((n) => found.add(n));
    if (names.length > 0) count += 1;
    return copy;
  };
  const out: RegistryNode = { attributes: clean(registry.attributes, { level: 'registry', model }), groups: new Map() };
  if (registry.modelsource) out.modelsource = registry.modelsource;
  if (registry.capabilities) {
    found.add('capabilities');
    count += 1;
  }
  for (const [plural, groups] of registry.groups) {
    const gm = model.groups[plural];
    const copy = new Map<string, GroupNode>();
    for (const [gid, g] of groups) {
      const resources = new Map<string, Map<string, ResourceNode>>();
      for (const [rplural, coll] of g.resources) {
        const rm = gm?.resources[rplural];
        if (!rm) continue;
        resources.set(rplural, new Map([...coll].map(([rid, r]) => [rid, cleanResource(r, (a) => clean(a, { level: 'version', resource: rm, explicit: true }), (m) => clean({ meta: m }, { level: 'resource', resource: rm })['meta'] as Attributes)])));
      }
      copy.set(gid, { id: gid, attributes: gm ? clean(g.attributes, { level: 'group', group: gm }) : structuredClone(g.attributes), resources });
    }
    out.groups.set(plural, copy);
  }
  if (found.size > 0) diagnostics?.report('import/computed-attributes-ignored', { names: [...found].sort().join(', '), count }, {});
  return out;
}

function cleanResource(r: ResourceNode, version: (a: Attributes) => Attributes, meta: (m: Attributes) => Attributes): ResourceNode {
  const versions = new Map<string, VersionNode>();
  for (const [vid, v] of r.versions) versions.set(vid, { id: vid, attributes: version(v.attributes), ...(v.document ? { document: v.document } : {}) });
  return { id: r.id, meta: meta(r.meta), versions };
}
