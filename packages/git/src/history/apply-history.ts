import type { EntityTimes, RegistryNode, ResourceNode, VersionNode } from '@xrgit/core';
import type { GitStore } from '../git-store.js';
import type { DerivedHistory } from './derived-history.js';

/** A registry with history applied, and the times of its entities for the views. */
export interface RegistryWithHistory {
  registry: RegistryNode;
  /** Registry-computed epoch and timestamps by xid (Resources: those of their meta). */
  times: (xid: string) => EntityTimes | undefined;
}

/**
 * Replaces the single placeholder Version of every history-derived Resource of `registry` (the
 * layout loaded at the history's commit) with the derived Versions: ids 1, 2, …, ancestorid
 * chains, and the documents of earlier Versions read from their git blobs. The newest Version
 * keeps the current attributes and document. Explicit Versions are left as they are.
 */
export async function applyHistory(registry: RegistryNode, historyResources: ReadonlySet<string>, history: DerivedHistory, store: GitStore): Promise<RegistryWithHistory> {
  const versionTimes = new Map<string, EntityTimes>();
  for (const [gp, groups] of registry.groups) {
    for (const [gid, group] of groups) {
      for (const [rp, resources] of group.resources) {
        for (const [rid, resource] of resources) {
          const rxid = `/${gp}/${gid}/${rp}/${rid}`;
          if (!historyResources.has(rxid)) continue;
          const derived = history.resources[rxid];
          if (derived) await replaceVersions(resource, derived.versions, rxid, store, versionTimes);
        }
      }
    }
  }
  return { registry, times: (xid) => versionTimes.get(xid) ?? history.times[xid] };
}

async function replaceVersions(resource: ResourceNode, derived: DerivedHistory['resources'][string]['versions'], rxid: string, store: GitStore, times: Map<string, EntityTimes>): Promise<void> {
  const current = [...resource.versions.values()][0];
  const versions = new Map<string, VersionNode>();
  const blobs = await store.readBlobs(derived.slice(0, -1).map((v) => v.docBlob).filter((b): b is string => b !== undefined));
  let b = 0;
  derived.forEach((v, i) => {
    const newest = i === derived.length - 1;
    const node: VersionNode = newest && current
      ? { ...current, id: v.id, attributes: { ...current.attributes, ancestorid: v.ancestorid } }
      : { id: v.id, attributes: { ...v.attributes, ancestorid: v.ancestorid }, ...(v.docBlob ? { document: blobs[b++] } : {}) };
    versions.set(v.id, node);
    times.set(`${rxid}/versions/${v.id}`, { epoch: v.epoch, createdat: v.createdat, modifiedat: v.modifiedat });
  });
  resource.versions = versions;
}
