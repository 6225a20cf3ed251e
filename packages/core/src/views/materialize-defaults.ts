import { activeDefinitions } from '../attributes/active-definitions.js';
import type { AttributeMap } from '../model/model-types.js';
import { setOwn } from './set-own.js';

/**
 * Returns a copy of `values` with the defaults of `required` attributes filled in where absent
 * (core/model.md §default: a server materializes them), descending into present objects, maps of
 * objects and arrays of objects, and following ifvalues. Readonly attributes are left to the caller.
 */
export function materializeDefaults(values: Record<string, unknown>, defs: AttributeMap): Record<string, unknown> {
  const out: Record<string, unknown> = { ...values };
  const active = activeDefinitions(out, defs);
  for (const def of Object.values(active)) {
    if (def.name === '*' || def.readonly) continue;
    if (out[def.name] === undefined && def.required && def.default !== undefined) out[def.name] = def.default;
  }
  const again = activeDefinitions(out, defs);
  for (const [name, v] of Object.entries(out)) {
    const def = again[name] ?? again['*'];
    if (!def || v === null || typeof v !== 'object') continue;
    if (def.type === 'object' && def.attributes && !Array.isArray(v)) setOwn(out, name, materializeDefaults(v as Record<string, unknown>, def.attributes));
    else if ((def.type === 'map' || def.type === 'array') && def.item?.type === 'object' && def.item.attributes) {
      const attrs = def.item.attributes;
      const each = (x: unknown): unknown => (x !== null && typeof x === 'object' && !Array.isArray(x) ? materializeDefaults(x as Record<string, unknown>, attrs) : x);
      setOwn(out, name, Array.isArray(v) ? v.map(each) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, each(x)])));
    }
  }
  return out;
}
