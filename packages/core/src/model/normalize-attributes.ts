import { ATTRIBUTE_TYPES, SCALAR_TYPES, type AttributeDefinition, type AttributeMap, type AttributeType, type ItemDefinition } from './model-types.js';
import { ATTRIBUTE_NAME, MAP_KEY, MODEL_KEYS } from './model-keys.js';
import { isPlainObject, tok, type ModelProblems } from './model-problems.js';

/** Where an attribute map sits, for messages and for level-specific rules. */
export interface AttributeScope {
  where: string;
  pointer: string;
  /** `extended` lets names use the map-key charset (core/model.md §namecharset). */
  namecharset?: 'strict' | 'extended';
  /** True only for the Version-level `attributes` of a Resource type (matchversions is allowed there). */
  versionLevel?: boolean;
}

/**
 * Normalizes a user attribute map of a modelsource into attribute definitions (adding `name`
 * from the key) and reports every rule of core/model.md §attributes that it breaks.
 */
export function normalizeAttributes(raw: unknown, scope: AttributeScope, problems: ModelProblems): AttributeMap {
  const out: AttributeMap = {};
  if (raw === undefined) return out;
  if (!isPlainObject(raw)) {
    problems.add('model/invalid-value', { key: 'attributes', where: scope.where, detail: 'it must be a map of attribute definitions' }, scope.pointer);
    return out;
  }
  for (const [name, def] of Object.entries(raw)) {
    const pointer = `${scope.pointer}/${tok(name)}`;
    checkName(name, scope, pointer, problems);
    const norm = normalizeAttribute(name, def, { ...scope, pointer }, problems);
    if (norm) out[name] = norm;
  }
  checkIfValuesClashes(out, scope, problems);
  return out;
}

function checkName(name: string, scope: AttributeScope, pointer: string, problems: ModelProblems): void {
  if (name === '*') return;
  const ok = ATTRIBUTE_NAME.test(name) || (scope.namecharset === 'extended' && MAP_KEY.test(name));
  if (!ok) problems.add('model/invalid-attribute-name', { name, where: scope.where }, pointer);
}

function normalizeAttribute(name: string, def: unknown, scope: AttributeScope, problems: ModelProblems): AttributeDefinition | undefined {
  if (!isPlainObject(def)) {
    problems.add('model/invalid-value', { key: name, where: scope.where, detail: 'an attribute definition is an object with at least "type"' }, scope.pointer);
    return undefined;
  }
  for (const key of Object.keys(def)) {
    if (!(MODEL_KEYS.attribute as readonly string[]).includes(key)) {
      problems.add('model/unknown-key', { key, where: `attribute "${name}" of ${scope.where}`, allowed: MODEL_KEYS.attribute.join(', ') }, `${scope.pointer}/${tok(key)}`);
    }
  }
  if (def['name'] !== undefined && def['name'] !== name) {
    problems.add('model/invalid-value', { key: 'name', where: `attribute "${name}" of ${scope.where}`, detail: `it is "${String(def['name'])}" but the map key is "${name}"` }, `${scope.pointer}/name`);
  }
  const type = checkType(name, def['type'], scope, problems);
  if (!type) return undefined;
  const out: AttributeDefinition = { name, type };
  copyScalarAspects(def, out);
  const where = `attribute "${name}" of ${scope.where}`;
  if (def['attributes'] !== undefined || type === 'object') {
    if (type !== 'object') aspectNotAllowed('attributes', name, scope, 'only object attributes have nested attributes', problems);
    else out.attributes = normalizeAttributes(def['attributes'] ?? {}, { where, pointer: `${scope.pointer}/attributes`, namecharset: out.namecharset }, problems);
  }
  if (type === 'map' || type === 'array') {
    if (!isPlainObject(def['item'])) problems.add('model/missing-item', { name, where: scope.where, type }, scope.pointer);
    else out.item = normalizeItem(def['item'], { where, pointer: `${scope.pointer}/item` }, problems);
  } else if (def['item'] !== undefined) {
    aspectNotAllowed('item', name, scope, 'only map and array attributes have an item', problems);
  }
  if (def['ifvalues'] !== undefined) out.ifvalues = normalizeIfValues(out, def['ifvalues'], scope, problems);
  checkAspects(out, scope, problems);
  return out;
}

function copyScalarAspects(def: Record<string, unknown>, out: AttributeDefinition): void {
  for (const key of ['target', 'namecharset', 'description', 'enum', 'strict', 'readonly', 'immutable', 'required', 'default', 'matchversions'] as const) {
    if (def[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = def[key];
  }
}

function checkType(name: string, type: unknown, scope: AttributeScope, problems: ModelProblems): AttributeType | undefined {
  if (typeof type === 'string' && (ATTRIBUTE_TYPES as readonly string[]).includes(type)) return type as AttributeType;
  problems.add('model/invalid-type', { name, where: scope.where, type: String(type), allowed: ATTRIBUTE_TYPES.join(', ') }, `${scope.pointer}/type`);
  return undefined;
}

function normalizeItem(raw: Record<string, unknown>, scope: AttributeScope, problems: ModelProblems): ItemDefinition | undefined {
  for (const key of Object.keys(raw)) {
    if (!(MODEL_KEYS.item as readonly string[]).includes(key)) {
      problems.add('model/unknown-key', { key, where: scope.where, allowed: MODEL_KEYS.item.join(', ') }, `${scope.pointer}/${tok(key)}`);
    }
  }
  const type = checkType('item', raw['type'], scope, problems);
  if (!type) return undefined;
  const item: ItemDefinition = { type };
  if (raw['target'] !== undefined) item.target = raw['target'] as string;
  if (raw['namecharset'] !== undefined) item.namecharset = raw['namecharset'] as 'strict' | 'extended';
  if (raw['enum'] !== undefined) {
    if (!SCALAR_TYPES.has(type) || !Array.isArray(raw['enum'])) problems.add('model/aspect-not-allowed', { aspect: 'enum', name: 'item', where: scope.where, detail: 'only scalar items have an enum, an array of values' }, `${scope.pointer}/enum`);
    else item.enum = raw['enum'];
  }
  if (typeof raw['strict'] === 'boolean') item.strict = raw['strict'];
  if (type === 'object') {
    item.attributes = normalizeAttributes(raw['attributes'] ?? {}, { where: scope.where, pointer: `${scope.pointer}/attributes`, namecharset: item.namecharset }, problems);
  }
  if (type === 'map' || type === 'array') {
    if (!isPlainObject(raw['item'])) problems.add('model/missing-item', { name: 'item', where: scope.where, type }, scope.pointer);
    else item.item = normalizeItem(raw['item'], { where: scope.where, pointer: `${scope.pointer}/item` }, problems);
  }
  if (item.target !== undefined && !['uri', 'url', 'xid', 'uriabsolute', 'urirelative', 'urlabsolute', 'urlrelative'].includes(type)) {
    problems.add('model/aspect-not-allowed', { aspect: 'target', name: 'item', where: scope.where, detail: 'only uri, url and xid types have a target' }, scope.pointer);
  }
  return item;
}

function normalizeIfValues(attr: AttributeDefinition, raw: unknown, scope: AttributeScope, problems: ModelProblems): AttributeDefinition['ifvalues'] {
  const pointer = `${scope.pointer}/ifvalues`;
  if (!SCALAR_TYPES.has(attr.type)) aspectNotAllowed('ifvalues', attr.name, scope, 'only scalar attributes have ifvalues', problems);
  if (attr.name === '*') aspectNotAllowed('ifvalues', attr.name, scope, 'the "*" wildcard has no ifvalues', problems);
  if (!isPlainObject(raw)) return undefined;
  const out: NonNullable<AttributeDefinition['ifvalues']> = {};
  const seen = new Map<string, string>();
  for (const [value, body] of Object.entries(raw)) {
    const vp = `${pointer}/${tok(value)}`;
    const lower = value.toLowerCase();
    if (value === '' || value.startsWith('^')) problems.add('model/invalid-value', { key: 'ifvalues', where: `attribute "${attr.name}"`, detail: `"${value}" is empty or starts with ^` }, vp);
    if (seen.has(lower)) problems.add('model/invalid-value', { key: 'ifvalues', where: `attribute "${attr.name}"`, detail: `"${value}" and "${seen.get(lower)}" differ only in case` }, vp);
    seen.set(lower, value);
    if (attr.enum && attr.strict !== false && !attr.enum.some((e) => String(e).toLowerCase() === lower)) {
      problems.add('model/invalid-value', { key: 'ifvalues', where: `attribute "${attr.name}"`, detail: `"${value}" is not in its strict enum` }, vp);
    }
    if (!isPlainObject(body)) continue;
    for (const key of Object.keys(body)) {
      if (key !== 'siblingattributes') problems.add('model/unknown-key', { key, where: `ifvalues "${value}"`, allowed: MODEL_KEYS.ifvalue.join(', ') }, `${vp}/${tok(key)}`);
    }
    out[value] = { siblingattributes: normalizeAttributes(body['siblingattributes'] ?? {}, { where: `ifvalues "${value}" of attribute "${attr.name}"`, pointer: `${vp}/siblingattributes`, namecharset: scope.namecharset }, problems) };
  }
  return out;
}

function checkAspects(a: AttributeDefinition, scope: AttributeScope, problems: ModelProblems): void {
  const scalar = SCALAR_TYPES.has(a.type);
  if (a.target !== undefined && !['uri', 'url', 'xid', 'uriabsolute', 'urirelative', 'urlabsolute', 'urlrelative'].includes(a.type)) {
    aspectNotAllowed('target', a.name, scope, 'only uri, url and xid attributes have a target', problems);
  }
  if (a.namecharset !== undefined && (a.type !== 'object' || !['strict', 'extended'].includes(a.namecharset))) {
    aspectNotAllowed('namecharset', a.name, scope, 'only object attributes have a namecharset, "strict" or "extended"', problems);
  }
  if ((a.enum !== undefined || a.strict !== undefined) && !scalar) aspectNotAllowed('enum', a.name, scope, 'only scalar attributes have an enum', problems);
  if (a.enum !== undefined && !Array.isArray(a.enum)) aspectNotAllowed('enum', a.name, scope, 'enum is an array of values', problems);
  if (a.matchversions && (!scope.versionLevel || !scalar)) aspectNotAllowed('matchversions', a.name, scope, 'matchversions applies to Version-level scalar attributes only', problems);
  if (a.name === '*' && (a.required || a.readonly)) aspectNotAllowed('required', a.name, scope, 'the "*" wildcard is never required or readonly', problems);
  if (a.default !== undefined) {
    if (!scalar) problems.add('model/scalar-default', { name: a.name, where: scope.where, type: a.type }, scope.pointer);
    else if (a.required !== true) problems.add('model/required-true', { name: a.name, where: scope.where }, scope.pointer);
    if (scalar && Array.isArray(a.enum) && a.strict !== false && !a.enum.includes(a.default)) {
      problems.add('model/default-not-in-enum', { name: a.name, where: scope.where }, scope.pointer);
    }
  }
  for (const flag of ['strict', 'readonly', 'immutable', 'required', 'matchversions'] as const) {
    if (a[flag] !== undefined && typeof a[flag] !== 'boolean') aspectNotAllowed(flag, a.name, scope, 'it must be true or false', problems);
  }
}

function checkIfValuesClashes(map: AttributeMap, scope: AttributeScope, problems: ModelProblems): void {
  const statics = new Set(Object.keys(map));
  for (const attr of Object.values(map)) {
    for (const [value, body] of Object.entries(attr.ifvalues ?? {})) {
      for (const sibling of Object.keys(body.siblingattributes)) {
        if (statics.has(sibling)) {
          problems.add('model/invalid-value', { key: 'ifvalues', where: scope.where, detail: `sibling attribute "${sibling}" of ifvalues "${value}" clashes with an attribute of the same name` }, `${scope.pointer}/${tok(attr.name)}/ifvalues/${tok(value)}`);
        }
      }
    }
  }
}

function aspectNotAllowed(aspect: string, name: string, scope: AttributeScope, detail: string, problems: ModelProblems): void {
  problems.add('model/aspect-not-allowed', { aspect, name, where: scope.where, detail }, `${scope.pointer}/${tok(aspect)}`);
}
