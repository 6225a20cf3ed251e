import type { AttributeMap } from '../model/model-types.js';

/**
 * The attribute definitions in force for an object: the static ones plus the
 * `siblingattributes` of every `ifvalues` entry whose key matches the attribute's value,
 * case-insensitively (core/model.md §ifvalues), applied until nothing new activates.
 */
export function activeDefinitions(values: Record<string, unknown>, defs: AttributeMap): AttributeMap {
  const active: AttributeMap = { ...defs };
  const pending = Object.values(defs);
  while (pending.length > 0) {
    const def = pending.pop()!;
    if (!def.ifvalues) continue;
    const v = values[def.name];
    if (v === undefined || v === null || typeof v === 'object') continue;
    const key = String(v).toLowerCase();
    for (const [when, body] of Object.entries(def.ifvalues)) {
      if (when.toLowerCase() !== key) continue;
      for (const [name, sibling] of Object.entries(body.siblingattributes)) {
        if (active[name]) continue;
        active[name] = sibling;
        pending.push(sibling);
      }
    }
  }
  return active;
}
