import type { RegistryNode, ResourceNode } from '../entities/registry-node.js';

/**
 * The registry as readers see it (core/spec.md §Cross Referencing Resources): a Resource whose
 * `meta.xref` names another Resource of the same type shows that target's Versions and meta
 * attributes under its own ids and URLs, plus `xref`. Not transitive (a target that is itself an
 * xref is not followed). A dangling xref shows only the ids and `xref`. The authored registry is
 * not changed; validation runs on it, views on the result.
 */
export function resolveXrefs(registry: RegistryNode): RegistryNode {
  let changed = false;
  const groups = new Map<string, Map<string, RegistryNode['groups'] extends Map<string, Map<string, infer G>> ? G : never>>();
  for (const [gp, gs] of registry.groups) {
    const groupMap = new Map();
    for (const [gid, group] of gs) {
      const resources = new Map<string, Map<string, ResourceNode>>();
      for (const [rp, rs] of group.resources) {
        const out = new Map<string, ResourceNode>();
        for (const [rid, r] of rs) {
          const xref = r.meta['xref'];
          if (typeof xref !== 'string') {
            out.set(rid, r);
            continue;
          }
          changed = true;
          out.set(rid, viewOf(r, xref, target(registry, xref, rp)));
        }
        resources.set(rp, out);
      }
      groupMap.set(gid, { ...group, resources });
    }
    groups.set(gp, groupMap);
  }
  return changed ? { ...registry, groups } : registry;
}

function target(registry: RegistryNode, xref: string, rp: string): ResourceNode | undefined {
  const [, gp, gid, tp, rid, ...rest] = xref.split('/');
  if (rest.length > 0 || tp !== rp || !gp || !gid || !rid) return undefined;
  const t = registry.groups.get(gp)?.get(gid)?.resources.get(tp)?.get(rid);
  return t && typeof t.meta['xref'] !== 'string' ? t : undefined;
}

function viewOf(source: ResourceNode, xref: string, t: ResourceNode | undefined): ResourceNode {
  if (!t) return { ...source, meta: { xref }, versions: new Map() };
  return { ...source, meta: { ...t.meta, xref }, versions: t.versions };
}
