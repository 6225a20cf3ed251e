import type { SourceRef } from '@xrgit/core';
import type { MergeState } from './merge-state.js';

/** Why `id` is reserved by the layout or the static export (docs/layout.md §12), or undefined. */
export function reservedIdReason(id: string): string | undefined {
  const lower = id.toLowerCase();
  if (lower.endsWith('.details')) return 'ids ending in ".details" name sidecars';
  if (lower.endsWith('.xreg')) return 'ids ending in ".xreg" name whole xRegistry documents';
  if (lower.endsWith('.hdr')) return 'ids ending in ".hdr" name the header files of the static export';
  if (lower === 'index.html' || lower === 'index.json') return `"${lower}" is the directory index file of the static export`;
  return undefined;
}

/** Reports every Group, Resource and Version id of the merged registry that is reserved. */
export function checkReservedIds(state: MergeState): void {
  const report = (id: string, ref: SourceRef | undefined): void => {
    const detail = reservedIdReason(id);
    if (detail) state.diagnostics.report('layout/reserved-id', { id, detail }, ref ?? {});
  };
  for (const groups of state.registry.groups.values()) {
    for (const group of groups.values()) {
      report(group.id, group.source ?? state.origins.get(group));
      for (const resources of group.resources.values()) {
        for (const resource of resources.values()) {
          report(resource.id, resource.source);
          for (const version of resource.versions.values()) report(version.id, version.source);
        }
      }
    }
  }
}
