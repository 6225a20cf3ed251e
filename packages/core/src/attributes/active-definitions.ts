import type { AttributeDefinition, AttributeMap } from '../model/model-types.js';

const withIfValues = new WeakMap<AttributeMap, AttributeDefinition[]>();

/** The definitions of `defs` that have `ifvalues`, computed once per attribute map. */
function conditional(defs: AttributeMap): AttributeDefinition[] {
  let list = withIfValues.get(defs);
  if (!list) {
    list = Object.values(defs).filter((d) => d.ifvalues !== undefined);
    withIfValues.set(defs, list);
  }
  return list;
}

/**
 * The attribute definitions in force for an object: the static ones plus the
 * `siblingattributes` of every `ifvalues` entry whose key matches the attribute's value,
 * case-insensitively (core/model.md §ifvalues), applied until nothing new activates. Returns
 * `defs` itself when no ifvalues entry applies (the common case, and no copy).
 */
export function activeDefinitions(values: Record<string, unknown>, defs: AttributeMap): AttributeMap {
  const pending = conditional(defs).filter((d) => values[d.name] !== undefined);
  if (pending.length === 0) return defs;
  const active: AttributeMap = { ...defs };
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
        if (sibling.ifvalues && values[name] !== undefined) pending.push(sibling);
      }
    }
  }
  return active;
}
