import type { RegistryNode } from '../entities/registry-node.js';

/** The set of xids of every Group, Resource and Version of a registry. */
export function registryIndex(registry: RegistryNode): Set<string> {
  const xids = new Set<string>(['/']);
  for (const [gp, groups] of registry.groups) {
    for (const [gid, group] of groups) {
      xids.add(`/${gp}/${gid}`);
      for (const [rp, resources] of group.resources) {
        for (const [rid, resource] of resources) {
          const rxid = `/${gp}/${gid}/${rp}/${rid}`;
          xids.add(rxid);
          for (const vid of resource.versions.keys()) xids.add(`${rxid}/versions/${vid}`);
        }
      }
    }
  }
  return xids;
}
