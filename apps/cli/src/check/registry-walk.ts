import type { Attributes, GroupNode, RegistryNode, ResourceNode, VersionNode } from '@xrgit/core';

/** One Resource of a registry with where it lives. */
export interface ResourceEntry {
  xid: string;
  groupPlural: string;
  groupXid: string;
  plural: string;
  resource: ResourceNode;
}

/** Every Resource of `registry`, in map order. */
export function* resourcesOf(registry: RegistryNode): Generator<ResourceEntry> {
  for (const [gp, groups] of registry.groups) {
    for (const [gid, group] of groups) {
      for (const [rp, resources] of group.resources) {
        for (const [rid, resource] of resources) yield { xid: `/${gp}/${gid}/${rp}/${rid}`, groupPlural: gp, groupXid: `/${gp}/${gid}`, plural: rp, resource };
      }
    }
  }
}

/** Every Group of `registry` as [xid, plural, group]. */
export function* groupsOf(registry: RegistryNode): Generator<[string, string, GroupNode]> {
  for (const [gp, groups] of registry.groups) for (const [gid, group] of groups) yield [`/${gp}/${gid}`, gp, group];
}

/**
 * The default Version of a Resource: `meta.defaultversionid` when it names a version, else the
 * last one read (history and explicit versions are read oldest first).
 */
export function defaultVersion(resource: ResourceNode): VersionNode | undefined {
  const id = resource.meta['defaultversionid'];
  if (typeof id === 'string' && resource.versions.has(id)) return resource.versions.get(id);
  let last: VersionNode | undefined;
  for (const v of resource.versions.values()) last = v;
  return last;
}

/** The attributes of the default Version (empty when there is none). */
export function defaultAttributes(resource: ResourceNode): Attributes {
  return defaultVersion(resource)?.attributes ?? {};
}

/** The Resource xid of a Version xid (`/g/gid/r/rid/versions/vid` → `/g/gid/r/rid`). */
export function resourceXidOf(xid: string): string {
  const i = xid.indexOf('/versions/');
  return i < 0 ? xid : xid.slice(0, i);
}
