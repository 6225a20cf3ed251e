import { child, type SchemaNode } from './schema-side.js';
import type { At, SubsetChecker } from './subset-checker.js';
import { sampleValue } from './sample-value.js';

type ObjNode = SchemaNode & { schema: Record<string, unknown> };

/** Positional item schemas and the schema for the rest, whatever the draft spells them. */
function itemModel(n: ObjNode): { prefix: SchemaNode[]; rest: SchemaNode } {
  const s = n.schema;
  if (n.side.draft === '2020-12') {
    const prefix = Array.isArray(s.prefixItems) ? s.prefixItems.map((_, i) => child(n, 'prefixItems', i)) : [];
    return { prefix, rest: child(n, 'items') };
  }
  if (Array.isArray(s.items)) return { prefix: s.items.map((_, i) => child(n, 'items', i)), rest: child(n, 'additionalItems') };
  return { prefix: [], rest: child(n, 'items') };
}

function count(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

/** items / prefixItems / additionalItems / minItems / maxItems / uniqueItems. */
export function checkArray(c: SubsetChecker, sub: ObjNode, sup: ObjNode, at: At): void {
  const sMin = count(sub.schema.minItems) ?? 0;
  const tMin = count(sup.schema.minItems) ?? 0;
  const sMax = count(sub.schema.maxItems);
  const tMax = count(sup.schema.maxItems);
  const s = itemModel(sub);
  const t = itemModel(sup);
  const positions = Math.max(s.prefix.length, t.prefix.length);
  for (let i = 0; i <= positions; i++) {
    if (sMax !== undefined && i >= sMax) break;
    const si = s.prefix[i] ?? s.rest;
    const ti = t.prefix[i] ?? t.rest;
    c.check(si, ti, { ...at, inst: [...at.inst, i], trail: [...at.trail, sub] });
  }
  if (sMin < tMin || (tMax !== undefined && (sMax === undefined || sMax > tMax))) {
    const item = sampleValue(s.rest);
    const probes = [[], Array(Math.max(0, tMin - 1)).fill(item), ...(tMax === undefined ? [] : [Array(tMax + 1).fill(item)])];
    const range = (min: number, max: number | undefined) => `${min}..${max ?? '∞'}`;
    const [o, n] = c.subIsOld ? [range(sMin, sMax), range(tMin, tMax)] : [range(tMin, tMax), range(sMin, sMax)];
    c.report(c.name('jsonschema/array-length-narrowed', 'jsonschema/array-length-widened'), { old: o, new: n }, sub, sup, at, probes);
  }
  if (sup.schema.uniqueItems === true && sub.schema.uniqueItems !== true) {
    const item = sampleValue(s.prefix[0] ?? s.rest);
    c.report(c.name('jsonschema/unique-items-added', 'jsonschema/unique-items-removed'), {}, sub, sup, at, [[item, item], [item, item, item]]);
  }
}
