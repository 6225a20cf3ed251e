import { SCALAR_TYPES, type AttributeDefinition, type AttributeMap, type Model } from './model-types.js';
import { isPlainObject, tok, type ModelProblems } from './model-problems.js';

/**
 * Whole-model checks that need every type known: unique type names (core/model.md §groups:
 * Group plural and singular names share one namespace; Resource names are unique within their
 * Group type), valid `target`s, and valid group `constraints`.
 */
export function checkModelReferences(model: Model, problems: ModelProblems): void {
  checkUniqueNames(model, problems);
  walkTargets(model.attributes, model, '/attributes', problems);
  for (const [gk, g] of Object.entries(model.groups)) {
    walkTargets(g.attributes, model, `/groups/${tok(gk)}/attributes`, problems);
    for (const [rk, r] of Object.entries(g.resources)) {
      const rp = `/groups/${tok(gk)}/resources/${tok(rk)}`;
      walkTargets(r.attributes, model, `${rp}/attributes`, problems);
      walkTargets(r.metaattributes, model, `${rp}/metaattributes`, problems);
    }
    if (g.constraints !== undefined) checkConstraints(model, gk, problems);
  }
}

function checkUniqueNames(model: Model, problems: ModelProblems): void {
  const seen = new Map<string, string>();
  for (const [gk, g] of Object.entries(model.groups)) {
    for (const name of new Set([g.plural, g.singular])) {
      const prev = seen.get(name);
      if (prev) problems.add('model/duplicate-type-name', { name, where: `group types "${prev}" and "${gk}"` }, `/groups/${tok(gk)}`);
      seen.set(name, gk);
    }
    const rseen = new Map<string, string>();
    for (const [rk, r] of Object.entries(g.resources)) {
      for (const name of new Set([r.plural, r.singular])) {
        const prev = rseen.get(name);
        if (prev) problems.add('model/duplicate-type-name', { name, where: `resource types "${prev}" and "${rk}" of group type "${gk}"` }, `/groups/${tok(gk)}/resources/${tok(rk)}`);
        rseen.set(name, rk);
      }
    }
  }
}

/** True when `target` is a valid target of core/model.md §target for this model. */
export function isValidTarget(target: string, model: Model): boolean {
  const m = /^\/([^/]+)(?:\/([^/[]+)(\/versions|\[\/versions\])?)?$/.exec(target);
  if (!m) return false;
  const g = model.groups[m[1]!];
  if (!g) return false;
  if (m[2] === undefined) return m[3] === undefined;
  return g.resources[m[2]] !== undefined;
}

function walkTargets(attrs: AttributeMap | undefined, model: Model, pointer: string, problems: ModelProblems): void {
  for (const [name, a] of Object.entries(attrs ?? {})) {
    const p = `${pointer}/${tok(name)}`;
    if (a.target !== undefined && !isValidTarget(a.target, model)) problems.add('model/invalid-target', { name, where: pointer, target: a.target }, `${p}/target`);
    walkTargets(a.attributes, model, `${p}/attributes`, problems);
    let item = a.item;
    let ip = `${p}/item`;
    while (item) {
      if (item.target !== undefined && !isValidTarget(item.target, model)) problems.add('model/invalid-target', { name, where: pointer, target: item.target }, `${ip}/target`);
      walkTargets(item.attributes, model, `${ip}/attributes`, problems);
      item = item.item;
      ip += '/item';
    }
    for (const [v, body] of Object.entries(a.ifvalues ?? {})) walkTargets(body.siblingattributes, model, `${p}/ifvalues/${tok(v)}/siblingattributes`, problems);
  }
}

/** Resolves a dot path of static attributes (no arrays, maps, ifvalues or `*`). */
export function resolveStaticPath(attrs: AttributeMap, path: string): AttributeDefinition | undefined {
  let current: AttributeMap | undefined = attrs;
  let def: AttributeDefinition | undefined;
  for (const part of path.split('.')) {
    if (!current || part === '*') return undefined;
    def = current[part];
    if (!def) return undefined;
    current = def.type === 'object' ? def.attributes : undefined;
  }
  return def;
}

function checkConstraints(model: Model, gk: string, problems: ModelProblems): void {
  const g = model.groups[gk]!;
  const pointer = `/groups/${tok(gk)}/constraints`;
  if (!isPlainObject(g.constraints)) {
    problems.add('model/invalid-constraint', { key: 'constraints', group: gk, detail: 'it must be a map' }, pointer);
    return;
  }
  for (const [key, c] of Object.entries(g.constraints)) {
    const bad = (detail: string): void => problems.add('model/invalid-constraint', { key, group: gk, detail }, `${pointer}/${tok(key)}`);
    const dot = key.indexOf('.');
    const resource = g.resources[key.slice(0, dot)];
    if (dot < 0 || !resource) {
      bad('a constraint key is "<RESOURCES>.<attribute path>"');
      continue;
    }
    const def = resolveStaticPath(resource.attributes, key.slice(dot + 1));
    if (!def || !SCALAR_TYPES.has(def.type)) {
      bad(`"${key.slice(dot + 1)}" is not a static scalar attribute of resource type "${resource.plural}"`);
      continue;
    }
    if (!isPlainObject(c)) {
      bad('a constraint is an object with default, enum and/or equals');
      continue;
    }
    for (const k of Object.keys(c)) if (!['default', 'enum', 'equals'].includes(k)) bad(`unknown aspect "${k}"`);
    if (c['enum'] !== undefined && !Array.isArray(c['enum'])) bad('enum must be an array');
    if (c['equals'] !== undefined) {
      const target = typeof c['equals'] === 'string' ? resolveStaticPath(g.attributes, c['equals']) : undefined;
      if (!target) bad(`equals names "${String(c['equals'])}", which is not a static attribute of group type "${gk}"`);
      else if (target.type !== def.type) bad(`equals names a ${target.type} attribute but "${key}" is a ${def.type}`);
    }
  }
}
