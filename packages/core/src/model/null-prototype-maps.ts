import type { AttributeDefinition, AttributeMap, ItemDefinition, Model } from './model-types.js';

/** `map` as an object without a prototype, so that `map["__proto__"]` or `map["constructor"]` is undefined. */
function bare<T>(map: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, map);
}

function bareAttributes(map: AttributeMap | undefined): AttributeMap | undefined {
  if (!map) return map;
  const out = bare(map);
  for (const def of Object.values(out)) bareDefinition(def);
  return out;
}

function bareDefinition(def: AttributeDefinition | ItemDefinition): void {
  if (def.attributes) def.attributes = bareAttributes(def.attributes);
  if (def.item) bareDefinition(def.item);
  if ('ifvalues' in def && def.ifvalues) {
    def.ifvalues = bare(def.ifvalues);
    for (const body of Object.values(def.ifvalues)) body.siblingattributes = bareAttributes(body.siblingattributes)!;
  }
}

/**
 * Rebuilds every name-keyed map of `model` (group types, resource types, attribute maps at any
 * depth) without a prototype. Ids and attribute names are user input, and code everywhere looks
 * them up with `map[name]`: a name such as `__proto__`, `constructor` or `toString` must find
 * nothing instead of an `Object.prototype` member.
 */
export function withNullPrototypeMaps(model: Model): Model {
  model.attributes = bareAttributes(model.attributes)!;
  model.groups = bare(model.groups);
  for (const group of Object.values(model.groups)) {
    group.attributes = bareAttributes(group.attributes)!;
    group.resources = bare(group.resources);
    for (const resource of Object.values(group.resources)) {
      resource.attributes = bareAttributes(resource.attributes)!;
      resource.resourceattributes = bareAttributes(resource.resourceattributes)!;
      resource.metaattributes = bareAttributes(resource.metaattributes)!;
    }
  }
  return model;
}
