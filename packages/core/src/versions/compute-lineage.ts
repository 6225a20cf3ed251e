import type { ResourceModel } from '../model/model-types.js';
import type { ResourceNode } from '../entities/registry-node.js';
import { compareSemver, isSemver } from './compare-semver.js';
import { compareVersionIds } from './compare-version-ids.js';

/** A lineage problem, reported by the validator with the spec's error. */
export type LineageProblem =
  | { kind: 'unknown-ancestor'; version: string; ancestor: string }
  | { kind: 'cycle'; version: string; chain: string[] }
  | { kind: 'multiple-roots'; roots: string[] }
  | { kind: 'invalid-semver'; version: string }
  | { kind: 'sticky-unknown'; version: string };

/** The derived versioning state of one Resource (core/model.md §versionmode; core/spec.md §Default Version). */
export interface Lineage {
  /** ancestorid of every Version (roots point at themselves). */
  ancestors: Map<string, string>;
  /** Version ids from oldest to newest per the versionmode. */
  order: string[];
  newest: string | undefined;
  defaultVersionId: string | undefined;
  sticky: boolean;
  problems: LineageProblem[];
}

const createdAt = (r: ResourceNode, id: string): string => String(r.versions.get(id)?.attributes['createdat'] ?? '');
const modifiedAt = (r: ResourceNode, id: string): string => String(r.versions.get(id)?.attributes['modifiedat'] ?? '');

/**
 * Computes ancestors, order, newest and the default Version of `resource` per its type's
 * versionmode. Timestamps compare as instants (RFC 3339 in UTC sort as strings once normalized;
 * loaders normalize them).
 */
export function computeLineage(resource: ResourceNode, model: ResourceModel): Lineage {
  const ids = [...resource.versions.keys()];
  const problems: LineageProblem[] = [];
  const mode = model.versionmode.toLowerCase();
  const ancestors = mode === 'manual' ? manualAncestors(resource, ids, problems) : linearAncestors(resource, ids, mode, problems);
  detectCycles(ancestors, problems);
  const roots = ids.filter((id) => ancestors.get(id) === id);
  if (model.singleversionroot && roots.length > 1) problems.push({ kind: 'multiple-roots', roots });
  const order = orderVersions(resource, ids, ancestors, mode);
  const newest = mode === 'manual' ? manualNewest(resource, ids, ancestors) : order[order.length - 1];
  const sticky = resource.meta['defaultversionsticky'] === true;
  const stickyId = typeof resource.meta['defaultversionid'] === 'string' ? resource.meta['defaultversionid'] : undefined;
  let defaultVersionId = newest;
  if (sticky && stickyId !== undefined) {
    if (resource.versions.has(stickyId)) defaultVersionId = stickyId;
    else problems.push({ kind: 'sticky-unknown', version: stickyId });
  }
  return { ancestors, order, newest, defaultVersionId, sticky, problems };
}

/**
 * manual mode: Versions are processed in ascending case-insensitive id order (core/model.md
 * §versionmode). An authored `ancestorid` is kept; a Version without one points at the newest of
 * the Versions processed before it and so becomes the newest (the first one is a root).
 * ⚠ The spec's order is lexicographic: v10 < v9.
 */
function manualAncestors(r: ResourceNode, ids: string[], problems: LineageProblem[]): Map<string, string> {
  const ancestors = new Map<string, string>();
  for (const id of [...ids].sort(compareVersionIds)) {
    const a = r.versions.get(id)!.attributes['ancestorid'];
    if (typeof a === 'string') {
      if (a !== id && !r.versions.has(a)) {
        problems.push({ kind: 'unknown-ancestor', version: id, ancestor: a });
        ancestors.set(id, id);
      } else ancestors.set(id, a);
      continue;
    }
    const current = manualNewest(r, [...ancestors.keys()], ancestors);
    ancestors.set(id, current ?? id);
  }
  return ancestors;
}

/** createdat / modifiedat / semver modes: one linear chain in the mode's order. */
function linearAncestors(r: ResourceNode, ids: string[], mode: string, problems: LineageProblem[]): Map<string, string> {
  const ancestors = new Map<string, string>();
  const order = linearOrder(r, ids, mode, problems);
  order.forEach((id, i) => ancestors.set(id, i === 0 ? id : order[i - 1]!));
  return ancestors;
}

function linearOrder(r: ResourceNode, ids: string[], mode: string, problems: LineageProblem[] = []): string[] {
  if (mode === 'semver') {
    for (const id of ids) if (!isSemver(id)) problems.push({ kind: 'invalid-semver', version: id });
    const valid = ids.filter(isSemver).sort(compareSemver);
    return [...valid, ...ids.filter((id) => !isSemver(id)).sort(compareVersionIds)];
  }
  const key = mode === 'modifiedat' ? modifiedAt : createdAt;
  return [...ids].sort((a, b) => (key(r, a) < key(r, b) ? -1 : key(r, a) > key(r, b) ? 1 : compareVersionIds(a, b)));
}

/** manual newest: among leaves, the latest createdat; ties go to the highest id. */
function manualNewest(r: ResourceNode, ids: string[], ancestors: Map<string, string>): string | undefined {
  const parents = new Set([...ancestors.entries()].filter(([id, a]) => id !== a).map(([, a]) => a));
  const leaves = ids.filter((id) => !parents.has(id));
  const candidates = leaves.length > 0 ? leaves : ids;
  let best: string | undefined;
  for (const id of candidates) {
    if (best === undefined) best = id;
    else {
      const c = createdAt(r, id);
      const b = createdAt(r, best);
      if (c > b || (c === b && compareVersionIds(id, best) > 0)) best = id;
    }
  }
  return best;
}

function detectCycles(ancestors: Map<string, string>, problems: LineageProblem[]): void {
  const reported = new Set<string>();
  for (const start of ancestors.keys()) {
    const seen: string[] = [];
    let cur = start;
    while (!seen.includes(cur)) {
      seen.push(cur);
      const next = ancestors.get(cur);
      if (next === undefined || next === cur) break;
      cur = next;
    }
    if (ancestors.get(cur) !== cur && seen.includes(cur)) {
      const loop = seen.slice(seen.indexOf(cur));
      const key = [...loop].sort().join('\u0000');
      if (!reported.has(key)) problems.push({ kind: 'cycle', version: loop[0]!, chain: [...loop, loop[0]!] });
      reported.add(key);
    }
  }
}

/** Oldest to newest: linear modes use their order; manual walks roots by createdat, then children. */
function orderVersions(r: ResourceNode, ids: string[], ancestors: Map<string, string>, mode: string): string[] {
  if (mode !== 'manual') return linearOrder(r, ids, mode);
  return [...ids].sort((a, b) => (createdAt(r, a) < createdAt(r, b) ? -1 : createdAt(r, a) > createdAt(r, b) ? 1 : depth(a, ancestors) - depth(b, ancestors) || compareVersionIds(a, b)));
}

function depth(id: string, ancestors: Map<string, string>): number {
  let d = 0;
  let cur = id;
  const seen = new Set<string>();
  while (ancestors.get(cur) !== cur && ancestors.get(cur) !== undefined && !seen.has(cur)) {
    seen.add(cur);
    cur = ancestors.get(cur)!;
    d++;
  }
  return d;
}
