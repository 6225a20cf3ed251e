import { setOwn } from './set-own.js';

/**
 * Orders an object's keys deterministically: first the keys in `order` (the model's attribute
 * order, which follows the spec's serialization template), then every other key sorted by code
 * point, then the `tail` keys (collections, meta, versions) in the given order.
 */
export function orderKeys(obj: Record<string, unknown>, order: readonly string[], tail: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const tailSet = new Set(tail);
  for (const k of order) if (Object.hasOwn(obj, k) && obj[k] !== undefined && !tailSet.has(k)) setOwn(out, k, obj[k]);
  const rest = Object.keys(obj)
    .filter((k) => !Object.hasOwn(out, k) && !tailSet.has(k) && obj[k] !== undefined)
    .sort();
  for (const k of rest) setOwn(out, k, obj[k]);
  for (const k of tail) if (Object.hasOwn(obj, k) && obj[k] !== undefined) setOwn(out, k, obj[k]);
  return out;
}

/** Compares ids case-insensitively, then exactly (core/http.md: collections sorted by id). */
export function compareIds(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
