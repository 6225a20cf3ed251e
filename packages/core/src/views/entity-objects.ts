import type { GroupNode, ResourceNode, VersionNode } from '../entities/registry-node.js';
import type { GroupModel, ResourceModel } from '../model/model-types.js';
import { materializeDefaults } from './materialize-defaults.js';
import { compareIds, orderKeys } from './order-keys.js';
import { inlineDocument } from './typemap.js';
import type { UrlStyle } from './url-style.js';
import { lineageOf, type ViewState } from './view-state.js';
import { setOwn } from './set-own.js';

/** View mode: the API view of one URL, or the document view (`?doc`, `/export`). */
export type ViewMode = 'api' | 'doc';

/** Options shared by the entity builders. */
export interface BuildOptions {
  state: ViewState;
  urls: UrlStyle;
  mode: ViewMode;
}

const VALIDATION_KEYS = ['formatvalidated', 'formatvalidatedreason', 'compatibilityvalidated', 'compatibilityvalidatedreason'];

function withTimes(attrs: Record<string, unknown>, o: BuildOptions, xid: string): Record<string, unknown> {
  const t = o.state.times(xid);
  return { ...attrs, epoch: t.epoch, createdat: attrs['createdat'] ?? t.createdat, modifiedat: attrs['modifiedat'] ?? t.modifiedat };
}

/** The Registry entity without its group maps (they are added by the caller when inlined). */
export function registryObject(o: BuildOptions): Record<string, unknown> {
  const { registry, model } = o.state;
  const obj: Record<string, unknown> = withTimes(materializeDefaults(registry.attributes, model.attributes), o, '/');
  obj['specversion'] = '1.0-rc4';
  obj['registryid'] = registry.attributes['registryid'] ?? 'registry';
  obj['self'] = o.urls.entity('/', false);
  obj['xid'] = '/';
  for (const key of ['model', 'modelsource', 'capabilities']) delete obj[key];
  for (const plural of Object.keys(model.groups)) {
    obj[`${plural}url`] = o.urls.collection('/', plural);
    obj[`${plural}count`] = registry.groups.get(plural)?.size ?? 0;
  }
  return obj;
}

/** One Group entity without its resource maps. */
export function groupObject(o: BuildOptions, plural: string, group: GroupNode): Record<string, unknown> {
  const gm = o.state.model.groups[plural]!;
  const xid = `/${plural}/${group.id}`;
  const obj = withTimes(materializeDefaults(group.attributes, gm.attributes), o, xid);
  obj[`${gm.singular}id`] = group.id;
  obj['self'] = o.urls.entity(xid, false);
  obj['xid'] = xid;
  for (const rp of Object.keys(gm.resources)) {
    obj[`${rp}url`] = o.urls.collection(xid, rp);
    obj[`${rp}count`] = group.resources.get(rp)?.size ?? 0;
  }
  return obj;
}

/** Attributes of one Version; the document is inlined only when `inlineDoc` is true. */
export function versionObject(o: BuildOptions, rm: ResourceModel, rxid: string, resource: ResourceNode, v: VersionNode, inlineDoc: boolean): Record<string, unknown> {
  const xid = `${rxid}/versions/${v.id}`;
  const lineage = lineageOf(resource, rm);
  const obj = withTimes(materializeDefaults(v.attributes, rm.attributes), o, xid);
  for (const k of VALIDATION_KEYS) delete obj[k];
  obj[`${rm.singular}id`] = resource.id;
  obj['versionid'] = v.id;
  obj['self'] = o.urls.entity(xid, o.mode === 'api' && rm.hasdocument);
  obj['xid'] = xid;
  obj['isdefault'] = lineage.defaultVersionId === v.id;
  obj['ancestorid'] = lineage.ancestors.get(v.id) ?? v.id;
  if (o.mode === 'api') Object.assign(obj, o.state.validation?.(xid, obj, rm) ?? {});
  if (inlineDoc && v.document !== undefined) {
    const [key, value] = inlineDocument(v.document, obj['contenttype'], rm);
    obj[key] = value;
  }
  return obj;
}

/** The `meta` entity of a Resource. */
export function metaObject(o: BuildOptions, rm: ResourceModel, rxid: string, resource: ResourceNode): Record<string, unknown> {
  const xid = `${rxid}/meta`;
  const lineage = lineageOf(resource, rm);
  const t = o.state.times(rxid);
  if (typeof resource.meta['xref'] === 'string' && resource.versions.size === 0) {
    // A dangling cross reference shows only its ids and xref (core/spec.md §Cross Referencing Resources).
    return { [`${rm.singular}id`]: resource.id, self: o.urls.entity(xid, false), xid, xref: resource.meta['xref'] };
  }
  const obj: Record<string, unknown> = materializeDefaults({ ...resource.meta }, rm.metaattributes);
  obj[`${rm.singular}id`] = resource.id;
  obj['self'] = o.urls.entity(xid, false);
  obj['xid'] = xid;
  obj['epoch'] = t.epoch;
  obj['createdat'] = resource.meta['createdat'] ?? t.createdat;
  obj['modifiedat'] = resource.meta['modifiedat'] ?? t.modifiedat;
  obj['readonly'] = resource.meta['readonly'] === true;
  obj['defaultversionid'] = lineage.defaultVersionId;
  obj['defaultversionurl'] = o.urls.entity(`${rxid}/versions/${lineage.defaultVersionId}`, o.mode === 'api' && rm.hasdocument);
  obj['defaultversionsticky'] = lineage.sticky;
  return orderKeys(obj, Object.keys(rm.metaattributes));
}

/**
 * The Resource entity. API view: its own ids and urls plus the default Version's attributes
 * (core/spec.md §Resource Entity). Doc view: ids, urls, `meta` and `versions` only (the default
 * Version's attributes are dropped, core/spec.md §Doc Flag).
 */
export function resourceObject(o: BuildOptions, gm: GroupModel, plural: string, rxid: string, resource: ResourceNode): Record<string, unknown> {
  const rm = gm.resources[plural]!;
  const lineage = lineageOf(resource, rm);
  const base: Record<string, unknown> = {};
  if (o.mode === 'api' && lineage.defaultVersionId !== undefined) {
    Object.assign(base, versionObject(o, rm, rxid, resource, resource.versions.get(lineage.defaultVersionId)!, false));
  }
  base[`${rm.singular}id`] = resource.id;
  base['self'] = o.urls.entity(rxid, o.mode === 'api' && rm.hasdocument);
  base['xid'] = rxid;
  base['metaurl'] = o.urls.entity(`${rxid}/meta`, false);
  base['versionsurl'] = o.urls.collection(rxid, 'versions');
  base['versionscount'] = resource.versions.size;
  if (o.mode === 'doc' && typeof resource.meta['xref'] === 'string') {
    // core/spec.md §Cross Referencing Resources: in the doc view a cross-referencing Resource
    // shows only its ids and xref, so that the document re-imports as the same cross reference.
    delete base['versionsurl'];
    delete base['versionscount'];
    base['meta'] = { [`${rm.singular}id`]: resource.id, self: o.urls.entity(`${rxid}/meta`, false), xid: `${rxid}/meta`, xref: resource.meta['xref'] };
    return orderKeys(base, [`${rm.singular}id`, 'self', 'xid'], ['metaurl', 'meta']);
  }
  if (o.mode === 'doc') {
    base['meta'] = metaObject(o, rm, rxid, resource);
    base['versions'] = versionsMap(o, rm, rxid, resource);
    return orderKeys(base, [`${rm.singular}id`, 'self', 'xid'], ['metaurl', 'meta', 'versionsurl', 'versionscount', 'versions']);
  }
  return orderKeys(base, Object.keys(rm.attributes), ['metaurl', 'versionsurl', 'versionscount']);
}

/** The map of a Resource's Versions, sorted by id. */
export function versionsMap(o: BuildOptions, rm: ResourceModel, rxid: string, resource: ResourceNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const id of [...resource.versions.keys()].sort(compareIds)) {
    const v = versionObject(o, rm, rxid, resource, resource.versions.get(id)!, o.mode === 'doc');
    setOwn(out, id, orderKeys(v, Object.keys(rm.attributes)));
  }
  return out;
}
