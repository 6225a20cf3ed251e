import { computeLineage, type Attributes, type GroupNode, type ResourceModel, type ResourceNode, type VersionNode } from '@xrgit/core';
import { WriteError } from './write-error.js';
import type { WriteFlags } from './write-flags.js';

/**
 * Edits of the authored state, one entity each, with PUT (replace) or PATCH (merge) semantics
 * (core/http.md §Creating or Updating Entities). Nested collections are upserted, never
 * implicitly emptied; `null` in a PATCH removes an attribute.
 */
export type Mode = 'put' | 'patch';

/** Attributes after a PUT (the new ones) or a PATCH (merged; null deletes). */
export function mergeAttributes(current: Attributes, incoming: Attributes, mode: Mode): Attributes {
  if (mode === 'put') return Object.fromEntries(Object.entries(incoming).filter(([, v]) => v !== null));
  const out = { ...current };
  for (const [k, v] of Object.entries(incoming)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** Upserts a Group: attributes by mode, each Resource in the body upserted (PUT semantics). */
export function upsertGroup(existing: GroupNode | undefined, incoming: GroupNode, mode: Mode, rms: Record<string, ResourceModel>, flags: WriteFlags): GroupNode {
  if (!existing) return incoming;
  const out: GroupNode = { id: existing.id, attributes: mergeAttributes(existing.attributes, incoming.attributes, mode), resources: new Map([...existing.resources].map(([k, m]) => [k, new Map(m)])) };
  for (const [rplural, resources] of incoming.resources) {
    const coll = out.resources.get(rplural) ?? new Map<string, ResourceNode>();
    for (const [rid, r] of resources) coll.set(rid, upsertResource(coll.get(rid), r, 'put', rms[rplural]!, flags, undefined));
    out.resources.set(rplural, coll);
  }
  return out;
}

/**
 * Upserts a Resource: its Versions in the body upserted by mode (a new Version replaces nothing);
 * meta replaced (PUT) or merged (PATCH) when the body has one; then the default-version rules.
 * `requestVid` is the Version a `?setdefaultversionid=request` means.
 */
export function upsertResource(existing: ResourceNode | undefined, incoming: ResourceNode, mode: Mode, rm: ResourceModel, flags: WriteFlags, requestVid: string | undefined, hasMeta = true): ResourceNode {
  const out: ResourceNode = existing ? { id: existing.id, meta: { ...existing.meta }, versions: new Map(existing.versions) } : { id: incoming.id, meta: {}, versions: new Map() };
  for (const [vid, v] of incoming.versions) out.versions.set(vid, upsertVersion(out.versions.get(vid), v, existing ? mode : 'put', `${rm.singular}url`));
  if (out.versions.size === 0) throw new WriteError('missing_versions', incoming.id);
  if (hasMeta) out.meta = metaAfter(out.meta, incoming.meta, existing ? mode : 'put', flags);
  applyDefault(out, rm, flags, requestVid ?? (incoming.versions.size === 1 ? [...incoming.versions.keys()][0] : undefined));
  return out;
}

/**
 * A Version after a PUT or PATCH. A body without a document keeps the current one, unless it sets
 * `<RESOURCE>url` (one_resource: setting one clears the others).
 */
export function upsertVersion(existing: VersionNode | undefined, incoming: VersionNode, mode: Mode, urlAttr: string): VersionNode {
  const v: VersionNode = { id: incoming.id, attributes: mergeAttributes(existing?.attributes ?? {}, incoming.attributes, existing ? mode : 'put') };
  const document = incoming.document ?? (incoming.attributes[urlAttr] !== undefined ? undefined : existing?.document);
  if (document !== undefined) {
    v.document = document;
    delete v.attributes[urlAttr];
  }
  return v;
}

function metaAfter(current: Attributes, incoming: Attributes, mode: Mode, flags: WriteFlags): Attributes {
  const body = { ...incoming };
  if (flags.ignore.has('defaultversionid')) delete body['defaultversionid'];
  if (flags.ignore.has('defaultversionsticky')) delete body['defaultversionsticky'];
  if (flags.ignore.has('readonly')) delete body['readonly'];
  // core/spec.md §defaultversionid: in a PATCH, an id alone implies sticky, null implies not
  if (mode === 'patch' && body['defaultversionsticky'] === undefined && body['defaultversionid'] !== undefined) body['defaultversionsticky'] = body['defaultversionid'] !== null;
  return mergeAttributes(current, body, mode);
}

/** `?setdefaultversionid`, then: a sticky default must name a Version; a non-sticky one is not stored. */
function applyDefault(r: ResourceNode, rm: ResourceModel, flags: WriteFlags, requestVid: string | undefined): void {
  if (flags.setDefault !== undefined) {
    const target = flags.setDefault === 'request' ? requestVid : flags.setDefault;
    if (flags.setDefault === 'null') r.meta['defaultversionsticky'] = false;
    else if (target === undefined) throw new WriteError('bad_defaultversionid', r.id, { value: flags.setDefault, error_detail: 'this request names no single Version' });
    else Object.assign(r.meta, { defaultversionid: target, defaultversionsticky: true });
  }
  if (r.meta['defaultversionsticky'] !== true) {
    delete r.meta['defaultversionid'];
    if (r.meta['defaultversionsticky'] === false) delete r.meta['defaultversionsticky'];
    return;
  }
  const id = r.meta['defaultversionid'] ?? computeLineage({ ...r, meta: { ...r.meta, defaultversionsticky: false } }, rm).defaultVersionId;
  if (typeof id !== 'string' || !r.versions.has(id)) throw new WriteError('bad_defaultversionid', r.id, { value: String(id), error_detail: 'no such Version' });
  r.meta['defaultversionid'] = id;
}

/** Removes a Version; the sticky default falls back to the newest when it named it. @returns false when it was the last Version. */
export function removeVersion(r: ResourceNode, vid: string): boolean {
  r.versions.delete(vid);
  if (r.meta['defaultversionid'] === vid) {
    delete r.meta['defaultversionid'];
    delete r.meta['defaultversionsticky'];
  }
  return r.versions.size > 0;
}

/** The smallest positive integer id not taken (core/spec.md §Version IDs). */
export function nextVersionId(r: ResourceNode | undefined): string {
  let n = 1;
  while (r?.versions.has(String(n))) n++;
  return String(n);
}
