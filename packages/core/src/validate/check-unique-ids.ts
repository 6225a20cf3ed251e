import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { SourceRef } from '../entities/registry-node.js';

interface Named {
  id: string;
  source?: SourceRef;
}

/**
 * Ids are unique case-insensitively within their collection (core/spec.md §<SINGULAR>id): an
 * error. Across the collections of one parent the spec's "parent" is ambiguous; we warn
 * (digest §1.3: enforce per collection, warn across collections).
 */
export function checkUniqueIds(collections: Map<string, Map<string, Named>>, parentXid: string, diagnostics: Diagnostics): void {
  const across = new Map<string, { id: string; collection: string }>();
  for (const [plural, entries] of collections) {
    const seen = new Map<string, string>();
    for (const entity of entries.values()) {
      const lower = entity.id.toLowerCase();
      const other = seen.get(lower);
      const at = { xid: `${parentXid === '/' ? '' : parentXid}/${plural}/${entity.id}`, ...(entity.source ?? {}) };
      if (other !== undefined) diagnostics.report('id/duplicate', { id: entity.id, other }, at);
      else seen.set(lower, entity.id);
      const prev = across.get(lower);
      if (prev && prev.collection !== plural && prev.id !== entity.id) diagnostics.report('id/case-clash-across-collections', { id: entity.id, other: prev.id, collection: prev.collection }, at);
      else if (!prev) across.set(lower, { id: entity.id, collection: plural });
    }
  }
}
