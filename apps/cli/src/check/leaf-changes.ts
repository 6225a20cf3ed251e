/** One changed value at a dotted path inside an attribute. */
export interface LeafChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The changed leaves between two attribute values, as dotted paths under `path`
 * (`envelopemetadata.type.value`). Objects are compared key by key; arrays and scalars as a
 * whole. Sorted by path.
 */
export function leafChanges(path: string, before: unknown, after: unknown): LeafChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => leafChanges(`${path}.${k}`, before[k], after[k]));
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) }];
}

/** A value shown inline: JSON, cut at `max` characters. */
export function showValue(v: unknown, max = 60): string {
  if (v === undefined) return '(none)';
  const s = JSON.stringify(v);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** `path: before → after` for each changed leaf. */
export function describeLeaves(changes: readonly LeafChange[]): string[] {
  return changes.map((c) => `${c.path}: ${showValue(c.before)} → ${showValue(c.after)}`);
}
