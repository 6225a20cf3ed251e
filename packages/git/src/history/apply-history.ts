import type { EntityTimes, RegistryNode, ResourceNode, VersionNode } from '@xrgit/core';
import type { GitStore } from '../git-store.js';
import type { DerivedHistory } from './derived-history.js';
import { documentHash } from './entity-prints-of-tree.js';

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
export async function applyHistory(registry: RegistryNode, historyResources: ReadonlySet<string>, history: DerivedHistory, store: GitStore, pending?: PendingOptions): Promise<RegistryWithHistory> {
  const versionTimes = new Map<string, EntityTimes>();
  for (const [gp, groups] of registry.groups) {
    for (const [gid, group] of groups) {
      for (const [rp, resources] of group.resources) {
        for (const [rid, resource] of resources) {
          const rxid = `/${gp}/${gid}/${rp}/${rid}`;
          if (!historyResources.has(rxid)) continue;
          const derived = history.resources[rxid];
          if (pending) applyPending(resource, rxid, derived?.versions ?? [], history.maxIds[rxid] ?? 0, pending, versionTimes);
          if (derived) await replaceVersions(resource, derived.versions, rxid, store, versionTimes, pending?.xids.has(pendingXid(rxid, resource)));
        }
      }
    }
  }
  return { registry, times: (xid) => versionTimes.get(xid) ?? history.times[xid] };
}

async function replaceVersions(resource: ResourceNode, derived: DerivedHistory['resources'][string]['versions'], rxid: string, store: GitStore, times: Map<string, EntityTimes>, hasPending = false): Promise<void> {
  const pendingVersion = hasPending ? [...resource.versions.values()].at(-1) : undefined;
  const current = hasPending ? undefined : [...resource.versions.values()][0];
  const versions = new Map<string, VersionNode>();
  const old = hasPending ? derived : derived.slice(0, -1);
  const blobs = await store.readBlobs(old.map((v) => v.docBlob).filter((b): b is string => b !== undefined));
  let b = 0;
  derived.forEach((v, i) => {
    const newest = !hasPending && i === derived.length - 1;
    const node: VersionNode = newest && current
      ? { ...current, id: v.id, attributes: { ...current.attributes, ancestorid: v.ancestorid } }
      : { id: v.id, attributes: { ...v.attributes, ancestorid: v.ancestorid }, ...(v.docBlob ? { document: blobs[b++] } : {}) };
    versions.set(v.id, node);
    times.set(`${rxid}/versions/${v.id}`, { epoch: v.epoch, createdat: v.createdat, modifiedat: v.modifiedat });
  });
  if (pendingVersion) versions.set(pendingVersion.id, pendingVersion);
  resource.versions = versions;
}

/** How the working tree is applied on top of the derived history (a pending commit). */
export interface PendingOptions {
  /** The time given to pending changes (the working tree has no commit time). */
  time: string;
  /** Filled in: xids of the pending Versions. */
  xids: Set<string>;
}

function pendingXid(rxid: string, resource: ResourceNode): string {
  return `${rxid}/versions/${[...resource.versions.keys()].at(-1)}`;
}

/**
 * Working tree: when the current document differs from the newest derived one (or the Resource
 * is new), the current Version becomes a pending next Version with the next unused id.
 */
function applyPending(resource: ResourceNode, rxid: string, derived: DerivedHistory['resources'][string]['versions'], maxId: number, pending: PendingOptions, times: Map<string, EntityTimes>): void {
  const current = [...resource.versions.values()][0];
  if (!current) return;
  const newest = derived.at(-1);
  if (newest && newest.doc === documentHash(current)) return;
  const id = String(maxId + 1);
  const node: VersionNode = { ...current, id, attributes: { ...current.attributes, ancestorid: newest?.id ?? id } };
  resource.versions = new Map([[id, node]]);
  pending.xids.add(`${rxid}/versions/${id}`);
  times.set(`${rxid}/versions/${id}`, { epoch: 1, createdat: pending.time, modifiedat: pending.time });
}
