import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { checkId, checkVersionId } from '../ids/check-id.js';
import type { GroupModel, Model, ResourceModel } from '../model/model-types.js';
import { didYouMean } from '../text/suggest-name.js';
import { decodeDocument } from './decode-document.js';
import { MISPLACED_META, resourceLevelKeys } from './document-attributes.js';
import type { Attributes, GroupNode, RegistryNode, ResourceNode, SourceRef, VersionNode } from './registry-node.js';

/** Context of a conversion: the model, where problems go, and the file being read. */
export interface DocumentContext {
  model: Model;
  diagnostics: Diagnostics;
  file: string;
}

const esc = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * `target[key] = value` as an own property even for `__proto__`, which plain assignment would
 * turn into a prototype change (the attribute would vanish from validation and output).
 */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Converts a whole xRegistry document (doc view or import style: the `/export` shape, the spec's
 * `.xreg.json` samples) into the authored registry state. Server-computed attributes (`self`,
 * `xid`, `*url`, `*count`, `isdefault`, validation results) are dropped, as a server ignores
 * them on import (core/spec.md §Importing Data). `pointer` locates the document in `ctx.file`.
 */
export function registryFromDocument(doc: unknown, ctx: DocumentContext, pointer = ''): RegistryNode {
  const registry: RegistryNode = { attributes: {}, groups: new Map(), source: { file: ctx.file, pointer } };
  if (!isObject(doc)) {
    ctx.diagnostics.report('source/not-an-object', { found: typeof doc, example: '{"schemagroups": {...}}' }, { file: ctx.file, pointer });
    return registry;
  }
  for (const [key, value] of Object.entries(doc)) {
    const p = `${pointer}/${esc(key)}`;
    if (ctx.model.groups[key]) {
      const coll = collection(value, ctx, p);
      const groups = new Map<string, GroupNode>();
      for (const [gid, g] of coll) groups.set(gid, groupFromDocument(g, gid, ctx.model.groups[key]!, ctx, `${p}/${esc(gid)}`));
      registry.groups.set(key, groups);
    } else if (key === 'modelsource' && isObject(value)) registry.modelsource = value;
    else if (key === 'capabilities' && isObject(value)) registry.capabilities = value;
    else if (key === 'model' || key === '$schema' || isCollectionMeta(key, Object.keys(ctx.model.groups))) continue;
    else if (key.endsWith('groups') && isObject(value)) unknownCollection(key, Object.keys(ctx.model.groups), 'entity/unknown-group-type', ctx, p);
    else setOwn(registry.attributes, key, value);
  }
  return registry;
}

function isCollectionMeta(key: string, plurals: string[]): boolean {
  return plurals.some((pl) => key === `${pl}url` || key === `${pl}count`);
}

function unknownCollection(name: string, allowed: string[], code: 'entity/unknown-group-type', ctx: DocumentContext, pointer: string): void {
  ctx.diagnostics.report(code, { name, allowed: allowed.join(', ') || '(none)', suggestion: didYouMean(name, allowed) }, { file: ctx.file, pointer });
}

function collection(value: unknown, ctx: DocumentContext, pointer: string): Array<[string, unknown]> {
  if (!isObject(value)) {
    ctx.diagnostics.report('source/not-an-object', { found: Array.isArray(value) ? 'an array' : typeof value, example: '{"<id>": {...}}' }, { file: ctx.file, pointer });
    return [];
  }
  return Object.entries(value).filter(([id, v]) => {
    const bad = checkId(id);
    if (bad) ctx.diagnostics.report('id/malformed', { id, detail: bad }, { file: ctx.file, pointer: `${pointer}/${esc(id)}` });
    if (v === null) ctx.diagnostics.report('source/not-an-object', { found: 'null', example: '{}' }, { file: ctx.file, pointer: `${pointer}/${esc(id)}` });
    return !bad && v !== null;
  });
}

/** Converts one Group of a document. */
export function groupFromDocument(doc: unknown, gid: string, model: GroupModel, ctx: DocumentContext, pointer: string): GroupNode {
  const group: GroupNode = { id: gid, attributes: {}, resources: new Map(), source: { file: ctx.file, pointer } };
  if (!isObject(doc)) {
    ctx.diagnostics.report('source/not-an-object', { found: typeof doc, example: `{"name": "..."}` }, { file: ctx.file, pointer });
    return group;
  }
  for (const [key, value] of Object.entries(doc)) {
    const p = `${pointer}/${esc(key)}`;
    const rm = model.resources[key];
    if (rm) {
      const resources = new Map<string, ResourceNode>();
      for (const [rid, r] of collection(value, ctx, p)) resources.set(rid, resourceFromDocument(r, rid, rm, ctx, `${p}/${esc(rid)}`));
      group.resources.set(key, resources);
    } else if (isCollectionMeta(key, Object.keys(model.resources)) || ['self', 'shortself', 'xid'].includes(key)) continue;
    else setOwn(group.attributes, key, value);
  }
  return group;
}

/**
 * Converts one Resource of a document, following core/spec.md §Resource Processing Algorithm:
 * `versions` first; the Resource-level default-Version attributes then apply to the Version named
 * by the Resource-level `versionid`, else `meta.defaultversionid`, else a new Version "1" when
 * `versions` is empty, and only if that Version is not in `versions` (otherwise they are ignored).
 */
export function resourceFromDocument(doc: unknown, rid: string, model: ResourceModel, ctx: DocumentContext, pointer: string): ResourceNode {
  const resource: ResourceNode = { id: rid, meta: {}, versions: new Map(), source: { file: ctx.file, pointer } };
  if (!isObject(doc)) {
    ctx.diagnostics.report('source/not-an-object', { found: typeof doc, example: '{"versions": {...}}' }, { file: ctx.file, pointer });
    return resource;
  }
  const idAttr = `${model.singular}id`;
  if (doc[idAttr] !== undefined && doc[idAttr] !== rid) {
    ctx.diagnostics.report('id/mismatched', { attribute: idAttr, value: String(doc[idAttr]), id: rid, by: 'map key' }, { file: ctx.file, pointer: `${pointer}/${idAttr}` });
  }
  if (isObject(doc['meta'])) {
    resource.meta = { ...doc['meta'] };
    resource.metaSource = { file: ctx.file, pointer: `${pointer}/meta` };
  }
  if (doc['versions'] !== undefined) {
    for (const [vid, v] of collection(doc['versions'], ctx, `${pointer}/versions`)) {
      resource.versions.set(vid, versionFromDocument(v, vid, model, ctx, `${pointer}/versions/${esc(vid)}`));
    }
  }
  applyDefaultVersionAttributes(doc, resource, model, ctx, pointer);
  return resource;
}

function applyDefaultVersionAttributes(doc: Record<string, unknown>, resource: ResourceNode, model: ResourceModel, ctx: DocumentContext, pointer: string): void {
  const levelKeys = resourceLevelKeys(model);
  const attrs: Attributes = {};
  for (const [key, value] of Object.entries(doc)) {
    if (levelKeys.has(key)) continue;
    if ((MISPLACED_META as readonly string[]).includes(key)) {
      ctx.diagnostics.report('version/misplaced-meta-attribute', { name: key, xid: resource.id }, { file: ctx.file, pointer: `${pointer}/${esc(key)}` });
      continue;
    }
    setOwn(attrs, key, value);
  }
  if (Object.keys(attrs).length === 0 && (resource.versions.size > 0 || typeof resource.meta['xref'] === 'string')) return;
  const explicit = typeof attrs['versionid'] === 'string' ? attrs['versionid'] : undefined;
  const sticky = typeof resource.meta['defaultversionid'] === 'string' ? resource.meta['defaultversionid'] : undefined;
  const target = explicit ?? sticky ?? (resource.versions.size === 0 ? '1' : undefined);
  if (target === undefined || resource.versions.has(target)) {
    const versions = [...resource.versions.values()];
    const ignored = Object.entries(attrs).some(([k, v]) => k !== 'versionid' && versions.every((ver) => JSON.stringify(ver.attributes[k]) !== JSON.stringify(v)));
    if (ignored) {
      ctx.diagnostics.report('version/mixed-default-attributes', { xid: resource.id }, { file: ctx.file, pointer });
    }
    return;
  }
  resource.versions.set(target, versionFromDocument(attrs, target, model, ctx, pointer));
}

/** Version keys a server computes; ignored on import (core/spec.md §Importing Data). */
const COMPUTED_VERSION_KEYS = new Set(['self', 'shortself', 'xid', 'epoch', 'isdefault', 'versionid', 'metaurl', 'versionsurl', 'versionscount', 'formatvalidated', 'formatvalidatedreason', 'compatibilityvalidated', 'compatibilityvalidatedreason']);

/** Converts one Version of a document; document attributes become bytes (see decodeDocument). */
export function versionFromDocument(doc: unknown, vid: string, model: ResourceModel, ctx: DocumentContext, pointer: string): VersionNode {
  const source: SourceRef = { file: ctx.file, pointer };
  const version: VersionNode = { id: vid, attributes: {}, source };
  const bad = checkVersionId(vid);
  if (bad) ctx.diagnostics.report('id/malformed', { id: vid, detail: bad }, source);
  if (!isObject(doc)) {
    ctx.diagnostics.report('source/not-an-object', { found: typeof doc, example: '{"format": "..."}' }, source);
    return version;
  }
  if (doc['versionid'] !== undefined && doc['versionid'] !== vid) {
    ctx.diagnostics.report('id/mismatched', { attribute: 'versionid', value: String(doc['versionid']), id: vid, by: 'map key' }, { file: ctx.file, pointer: `${pointer}/versionid` });
  }
  for (const [key, value] of Object.entries(doc)) {
    if (COMPUTED_VERSION_KEYS.has(key)) continue;
    setOwn(version.attributes, key, value);
  }
  decodeDocument(version, model, ctx.diagnostics);
  return version;
}
