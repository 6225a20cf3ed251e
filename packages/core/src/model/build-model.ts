import type { GroupModel, Model, ModelSource, ResourceModel } from './model-types.js';
import { MODEL_KEYS, TYPE_NAME, VERSION_MODES } from './model-keys.js';
import { isPlainObject, ModelProblems, tok, type ModelProblem } from './model-problems.js';
import { normalizeAttributes } from './normalize-attributes.js';
import { withNullPrototypeMaps } from './null-prototype-maps.js';
import { overlaySpecAttributes } from './overlay-spec-attributes.js';
import { resolveIncludes, type IncludeLoader } from './resolve-includes.js';
import { groupSpecAttributes, metaSpecAttributes, registrySpecAttributes, resourceSpecAttributes, versionSpecAttributes } from './spec-attributes.js';
import { checkModelReferences } from './check-model-references.js';

/** The result of building a model from a modelsource. */
export interface BuiltModel {
  /** The resolved model (`GET /model`). Usable even when there are problems: broken parts are left out. */
  model: Model;
  /** The modelsource with includes resolved (what `ximportresources` and checks ran on). */
  resolved: Record<string, unknown>;
  problems: ModelProblem[];
}

/**
 * Builds the full model from a modelsource (core/model.md): resolves `$include`/`$includes`,
 * normalizes names and defaults, applies `ximportresources`, overlays the spec-defined
 * attributes of every level, and reports each rule the modelsource breaks (`model_*` errors).
 * Pure: includes are loaded through `load`.
 */
export function buildModel(source: ModelSource, load: IncludeLoader, base?: string): BuiltModel {
  const problems = new ModelProblems();
  const { value, problems: includeProblems } = resolveIncludes(source, load, base);
  for (const p of includeProblems) {
    const code = p.kind === 'cycle' ? 'model/include-cycle' : p.kind === 'both' ? 'model/include-both' : 'model/include-not-found';
    problems.add(code, { include: p.include, detail: p.detail, chain: p.detail, where: p.path || 'the model' }, p.path);
  }
  const resolved = isPlainObject(value) ? value : {};
  checkKeys(resolved, MODEL_KEYS.root, 'the model', '', problems);
  const groups = buildGroups(resolved['groups'], problems);
  applyImports(resolved['groups'], groups, problems);
  // Key order of a served model: description, documentation, labels, attributes, groups.
  const ordered: Model = { attributes: {}, groups: {} };
  for (const key of ['description', 'documentation', 'labels'] as const) if (resolved[key] !== undefined) (ordered as unknown as Record<string, unknown>)[key] = resolved[key];
  const userRegistryAttrs = normalizeAttributes(resolved['attributes'], { where: 'the registry', pointer: '/attributes' }, problems);
  ordered.attributes = overlaySpecAttributes(registrySpecAttributes(Object.keys(groups)), userRegistryAttrs, 'the registry', '/attributes', problems);
  ordered.groups = groups;
  finishGroups(ordered, problems);
  checkModelReferences(ordered, problems);
  return { model: withNullPrototypeMaps(ordered), resolved, problems: problems.items };
}

function checkKeys(obj: Record<string, unknown>, allowed: readonly string[], where: string, pointer: string, problems: ModelProblems): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) problems.add('model/unknown-key', { key, where, allowed: allowed.join(', ') }, `${pointer}/${tok(key)}`);
  }
}

interface RawTypes {
  raw: Record<string, unknown>;
  pointer: string;
}

function buildGroups(raw: unknown, problems: ModelProblems): Record<string, GroupModel> {
  const out: Record<string, GroupModel> = {};
  if (raw === undefined) return out;
  if (!isPlainObject(raw)) {
    problems.add('model/invalid-value', { key: 'groups', where: 'the model', detail: 'it must be a map of group types' }, '/groups');
    return out;
  }
  for (const [key, g] of Object.entries(raw)) {
    const pointer = `/groups/${tok(key)}`;
    if (!isPlainObject(g)) {
      problems.add('model/invalid-value', { key, where: 'groups', detail: 'a group type is an object' }, pointer);
      continue;
    }
    checkKeys(g, MODEL_KEYS.group, `group type "${key}"`, pointer, problems);
    const names = typeNames('group', key, g, pointer, problems);
    if (!names) continue;
    const group: GroupModel = { plural: names.plural, singular: names.singular, attributes: {}, resources: {} };
    copyInfo(g, group);
    const where = `group type "${key}"`;
    group.attributes = normalizeAttributes(g['attributes'], { where, pointer: `${pointer}/attributes` }, problems);
    if (g['constraints'] !== undefined) group.constraints = g['constraints'] as GroupModel['constraints'];
    group.resources = buildResources({ raw: isPlainObject(g['resources']) ? g['resources'] : {}, pointer: `${pointer}/resources` }, key, problems);
    out[key] = group;
  }
  return out;
}

function buildResources(src: RawTypes, groupKey: string, problems: ModelProblems): Record<string, ResourceModel> {
  const out: Record<string, ResourceModel> = {};
  for (const [key, r] of Object.entries(src.raw)) {
    const pointer = `${src.pointer}/${tok(key)}`;
    if (!isPlainObject(r)) {
      problems.add('model/invalid-value', { key, where: `resources of group type "${groupKey}"`, detail: 'a resource type is an object' }, pointer);
      continue;
    }
    checkKeys(r, MODEL_KEYS.resource, `resource type "${key}"`, pointer, problems);
    const names = typeNames('resource', key, r, pointer, problems);
    if (!names) continue;
    out[key] = buildResource(r, names, pointer, problems);
  }
  return out;
}

function buildResource(r: Record<string, unknown>, names: { plural: string; singular: string }, pointer: string, problems: ModelProblems): ResourceModel {
  const flag = (k: string, dflt: boolean): boolean => {
    const v = r[k];
    if (v === undefined) return dflt;
    if (typeof v !== 'boolean') problems.add('model/invalid-value', { key: k, where: `resource type "${names.plural}"`, detail: 'it must be true or false' }, `${pointer}/${k}`);
    return v === true;
  };
  const res: ResourceModel = {
    plural: names.plural,
    singular: names.singular,
    maxversions: 0,
    setversionid: flag('setversionid', true),
    hasdocument: flag('hasdocument', true),
    versionmode: 'manual',
    singleversionroot: flag('singleversionroot', false),
    validateformat: flag('validateformat', false),
    validatecompatibility: flag('validatecompatibility', false),
    strictvalidation: flag('strictvalidation', false),
    attributes: {},
    resourceattributes: {},
    metaattributes: {},
  };
  copyInfo(r, res);
  const max = r['maxversions'];
  if (max !== undefined) {
    if (typeof max === 'number' && Number.isInteger(max) && max >= 0) res.maxversions = max;
    else problems.add('model/invalid-value', { key: 'maxversions', where: `resource type "${names.plural}"`, detail: 'it must be an unsigned integer' }, `${pointer}/maxversions`);
  }
  checkVersionMode(r, res, pointer, problems);
  checkTypemap(r, res, pointer, problems);
  if (res.validatecompatibility && !res.validateformat) problems.add('model/compatibility-needs-format', { resource: res.plural }, `${pointer}/validatecompatibility`);
  const where = `resource type "${names.plural}"`;
  res.attributes = normalizeAttributes(r['attributes'], { where, pointer: `${pointer}/attributes`, versionLevel: true }, problems);
  res.metaattributes = normalizeAttributes(r['metaattributes'], { where: `meta of ${where}`, pointer: `${pointer}/metaattributes` }, problems);
  if (r['resourceattributes'] !== undefined) {
    res.resourceattributes = normalizeAttributes(r['resourceattributes'], { where: `${where} (resource level)`, pointer: `${pointer}/resourceattributes` }, problems);
  }
  return res;
}

function checkVersionMode(r: Record<string, unknown>, res: ResourceModel, pointer: string, problems: ModelProblems): void {
  const mode = r['versionmode'];
  if (mode === undefined) return;
  const lower = typeof mode === 'string' ? mode.toLowerCase() : '';
  if (!(VERSION_MODES as readonly string[]).includes(lower)) {
    problems.add('model/unknown-versionmode', { resource: res.plural, mode: String(mode) }, `${pointer}/versionmode`);
    return;
  }
  res.versionmode = lower;
  if (lower !== 'manual' && !res.singleversionroot) problems.add('model/versionmode-needs-single-root', { resource: res.plural, mode: lower }, `${pointer}/versionmode`);
}

function checkTypemap(r: Record<string, unknown>, res: ResourceModel, pointer: string, problems: ModelProblems): void {
  const tm = r['typemap'];
  if (tm === undefined) return;
  if (!isPlainObject(tm)) {
    problems.add('model/invalid-value', { key: 'typemap', where: `resource type "${res.plural}"`, detail: 'it must map media types to binary, json or string' }, `${pointer}/typemap`);
    return;
  }
  res.typemap = {};
  for (const [k, v] of Object.entries(tm)) {
    if (v === 'binary' || v === 'json' || v === 'string') res.typemap[k] = v;
    else problems.add('model/invalid-typemap', { key: k, resource: res.plural, value: String(v) }, `${pointer}/typemap/${tok(k)}`);
  }
}

function typeNames(kind: 'group' | 'resource', key: string, raw: Record<string, unknown>, pointer: string, problems: ModelProblems): { plural: string; singular: string } | undefined {
  const plural = raw['plural'] ?? key;
  const singular = raw['singular'];
  if (plural !== key) problems.add('model/plural-mismatch', { kind, key, plural: String(plural) }, `${pointer}/plural`);
  if (!TYPE_NAME.test(key)) problems.add('model/invalid-type-name', { name: key, where: `${kind} types` }, pointer);
  if (typeof singular !== 'string') {
    problems.add('model/missing-singular', { kind, plural: key, example: key.endsWith('s') ? key.slice(0, -1) : `${key}item` }, pointer);
    return undefined;
  }
  if (!TYPE_NAME.test(singular)) problems.add('model/invalid-type-name', { name: singular, where: `${kind} type "${key}"` }, `${pointer}/singular`);
  return { plural: key, singular };
}

function copyInfo(raw: Record<string, unknown>, target: GroupModel | ResourceModel): void {
  for (const k of ['description', 'documentation', 'icon', 'labels', 'modelversion', 'modelcompatiblewith'] as const) {
    if (raw[k] !== undefined) (target as unknown as Record<string, unknown>)[k] = raw[k];
  }
}

/** ximportresources (core/model.md §Reuse): copy resource types of other group types in. */
function applyImports(raw: unknown, groups: Record<string, GroupModel>, problems: ModelProblems): void {
  if (!isPlainObject(raw)) return;
  const own = new Map(Object.entries(groups).map(([k, g]) => [k, { ...g.resources }]));
  for (const [key, g] of Object.entries(raw)) {
    const group = groups[key];
    if (!group || !isPlainObject(g) || g['ximportresources'] === undefined) continue;
    const pointer = `/groups/${tok(key)}/ximportresources`;
    const list = g['ximportresources'];
    if (!Array.isArray(list)) {
      problems.add('model/import-invalid', { entry: String(list), group: key, detail: 'it must be a list of "/<GROUPS>/<RESOURCES>" references' }, pointer);
      continue;
    }
    list.forEach((entry, i) => importOne(entry, key, group, own, `${pointer}/${i}`, problems));
  }
}

function importOne(entry: unknown, key: string, group: GroupModel, own: Map<string, Record<string, ResourceModel>>, pointer: string, problems: ModelProblems): void {
  const m = typeof entry === 'string' ? /^\/([^/]+)\/([^/]+)$/.exec(entry) : null;
  const bad = (detail: string): void => problems.add('model/import-invalid', { entry: String(entry), group: key, detail }, pointer);
  if (!m) return bad('it must look like "/<GROUPS>/<RESOURCES>"');
  const [, fromGroup, resource] = m as unknown as [string, string, string];
  if (fromGroup === key) return bad('a group type cannot import its own resource types');
  const source = own.get(fromGroup)?.[resource];
  if (!source) return bad(`"${fromGroup}" has no resource type "${resource}"`);
  if (group.resources[resource]) return bad(`group type "${key}" already has a resource type "${resource}"`);
  group.resources[resource] = source;
}

/** Overlays the spec attributes on every group and resource type, now that the type lists are final. */
function finishGroups(model: Model, problems: ModelProblems): void {
  for (const [gk, g] of Object.entries(model.groups)) {
    const gp = `/groups/${tok(gk)}`;
    g.attributes = overlaySpecAttributes(groupSpecAttributes(g.singular, Object.keys(g.resources)), g.attributes, `group type "${gk}"`, `${gp}/attributes`, problems);
    for (const [rk, r] of Object.entries(g.resources)) {
      const rp = `${gp}/resources/${tok(rk)}`;
      const where = `resource type "${rk}"`;
      const finished: ResourceModel = { ...r };
      finished.attributes = overlaySpecAttributes(versionSpecAttributes(r.singular, r.hasdocument), r.attributes, where, `${rp}/attributes`, problems);
      finished.resourceattributes = overlaySpecAttributes(resourceSpecAttributes(r.singular), r.resourceattributes, where, `${rp}/resourceattributes`, problems);
      finished.metaattributes = overlaySpecAttributes(metaSpecAttributes(r.singular), r.metaattributes, where, `${rp}/metaattributes`, problems);
      g.resources[rk] = finished;
    }
  }
}
