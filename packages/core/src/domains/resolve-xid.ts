import type { GroupNode, RegistryNode, ResourceNode, VersionNode } from '../entities/registry-node.js';

/** The entity an xid names inside the registry. */
export interface ResolvedXid {
  groupPlural: string;
  group: GroupNode;
  resourcePlural?: string;
  resource?: ResourceNode;
  /** The named Version, or the default Version when the xid names a Resource. */
  version?: VersionNode;
  /** True when the xid names a Version explicitly. */
  versioned: boolean;
}

/**
 * The default Version of a Resource as authored: `meta.defaultversionid` when it names one, else
 * the last Version read (core's newest-wins default needs timestamps the authored state may lack).
 */
export function defaultVersion(resource: ResourceNode): VersionNode | undefined {
  const sticky = resource.meta['defaultversionid'];
  if (typeof sticky === 'string' && resource.versions.has(sticky)) return resource.versions.get(sticky);
  let last: VersionNode | undefined;
  for (const v of resource.versions.values()) last = v;
  return last;
}

/**
 * Resolves an xid (`/<groups>/<gid>[/<resources>/<rid>[/versions/<vid>]]`) against the
 * authored registry; undefined when it names nothing there or is not of that shape.
 */
export function resolveXid(registry: RegistryNode, xid: string): ResolvedXid | undefined {
  if (!xid.startsWith('/')) return undefined;
  const parts = xid.slice(1).split('/');
  if (![2, 4, 6].includes(parts.length) || (parts.length === 6 && parts[4] !== 'versions')) return undefined;
  const [groupPlural, gid, resourcePlural, rid, , vid] = parts as [string, string, string?, string?, string?, string?];
  const group = registry.groups.get(groupPlural)?.get(gid);
  if (!group) return undefined;
  if (resourcePlural === undefined || rid === undefined) return { groupPlural, group, versioned: false };
  const resource = group.resources.get(resourcePlural)?.get(rid);
  if (!resource) return undefined;
  if (vid === undefined) return { groupPlural, group, resourcePlural, resource, version: defaultVersion(resource), versioned: false };
  const version = resource.versions.get(vid);
  return version ? { groupPlural, group, resourcePlural, resource, version, versioned: true } : undefined;
}
