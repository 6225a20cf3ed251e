import { isDeepStrictEqual } from 'node:util';
import type { Attributes, GroupNode, RegistryNode, ResourceNode, VersionNode } from '@xrgit/core';
import { DEFAULT_REGISTRY_ID } from '../layout/merge-contributions.js';

/** One way in which a loaded layout differs from the registry it was written from. */
export interface LayoutDifference {
  xid: string;
  /** What differs, as a phrase: `has no Version "2"`, `"description" is "a", expected "b"`. */
  detail: string;
}

/** Attributes the loader infers for a document file when none is written (docs/layout.md §8). */
const INFERRED = new Set(['format', 'contenttype']);
const show = (v: unknown): string => (v === undefined ? 'missing' : JSON.stringify(v));

/**
 * Compares the registry read back from a layout (`loaded`) with the one it was written from
 * (`expected`, without computed attributes): the same Groups, Resources and Versions by id, the
 * same attributes and `meta`, byte-identical documents. Allowed: `format` and `contenttype` that
 * the loader inferred for a document file where `expected` has none, the default `registryid`,
 * and empty collections. Returns every difference, in tree order; none means a faithful round trip.
 */
export function layoutDifferences(expected: RegistryNode, loaded: RegistryNode): LayoutDifference[] {
  const out: LayoutDifference[] = [];
  const registryAttrs = expected.attributes['registryid'] === undefined ? { registryid: DEFAULT_REGISTRY_ID, ...expected.attributes } : expected.attributes;
  compareAttributes('/', registryAttrs, loaded.attributes, () => false, out);
  compareMaps('/', expected.groups, loaded.groups, (plural, e, l) => compareMaps(`/${plural}`, e, l, (gid, eg, lg) => compareGroup(`/${plural}/${gid}`, eg, lg, out), out), out);
  return out;
}

function compareGroup(xid: string, e: GroupNode, l: GroupNode, out: LayoutDifference[]): void {
  compareAttributes(xid, e.attributes, l.attributes, () => false, out);
  compareMaps(xid, e.resources, l.resources, (plural, er, lr) => compareMaps(`${xid}/${plural}`, er, lr, (rid, a, b) => compareResource(`${xid}/${plural}/${rid}`, a, b, out), out), out);
}

function compareResource(xid: string, e: ResourceNode, l: ResourceNode, out: LayoutDifference[]): void {
  compareAttributes(`${xid}/meta`, e.meta, l.meta, () => false, out);
  compareMaps(`${xid}/versions`, e.versions, l.versions, (vid, a, b) => compareVersion(`${xid}/versions/${vid}`, a, b, out), out);
}

function compareVersion(xid: string, e: VersionNode, l: VersionNode, out: LayoutDifference[]): void {
  const inferred = (key: string): boolean => INFERRED.has(key) && e.attributes[key] === undefined && l.document !== undefined;
  compareAttributes(xid, e.attributes, l.attributes, inferred, out);
  const same = e.document === undefined ? l.document === undefined : l.document !== undefined && Buffer.from(e.document).equals(Buffer.from(l.document));
  if (!same) out.push({ xid, detail: e.document === undefined ? 'has a document, expected none' : l.document === undefined ? 'has no document' : 'has a document with other bytes' });
}

function compareAttributes(xid: string, e: Attributes, l: Attributes, allowed: (key: string) => boolean, out: LayoutDifference[]): void {
  for (const key of new Set([...Object.keys(e), ...Object.keys(l)])) {
    if (isDeepStrictEqual(e[key], l[key]) || (e[key] === undefined && allowed(key))) continue;
    out.push({ xid, detail: `"${key}" is ${show(l[key])}, expected ${show(e[key])}` });
  }
}

/** Compares two maps by key, ignoring entries that are empty maps (empty collections). */
function compareMaps<V>(xid: string, e: ReadonlyMap<string, V>, l: ReadonlyMap<string, V>, each: (key: string, a: V, b: V) => void, out: LayoutDifference[]): void {
  const present = (m: ReadonlyMap<string, V>): string[] => [...m].filter(([, v]) => !(v instanceof Map && v.size === 0)).map(([k]) => k);
  const lk = new Set(present(l));
  for (const key of present(e)) {
    if (!lk.has(key)) out.push({ xid, detail: `has no "${key}"` });
    else each(key, e.get(key)!, l.get(key)!);
    lk.delete(key);
  }
  for (const key of lk) out.push({ xid, detail: `has "${key}", which is not expected` });
}
