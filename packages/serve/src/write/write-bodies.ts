import { checkId, Diagnostics, groupFromDocument, resourceFromDocument, versionFromDocument, type Attributes, type GroupModel, type GroupNode, type Model, type ResourceModel, type ResourceNode, type VersionNode } from '@xrgit/core';
import { WriteError } from './write-error.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Attributes a server computes: silently ignored in requests (core/spec.md §Importing Data). */
const SERVER_KEYS = new Set(['self', 'shortself', 'xid', 'epoch', 'createdat', 'modifiedat', 'specversion', 'isdefault', 'metaurl', 'versionsurl', 'versionscount', 'defaultversionurl', 'formatvalidated', 'formatvalidatedreason', 'compatibilityvalidated', 'compatibilityvalidatedreason', 'model', 'capabilities', 'modelsource']);

/** `attrs` without what the server computes, and without `<COLL>url`/`<COLL>count` of `plurals`. */
export function withoutServerKeys(attrs: Attributes, plurals: readonly string[] = []): Attributes {
  const out: Attributes = {};
  for (const [k, v] of Object.entries(attrs)) if (!SERVER_KEYS.has(k) && !plurals.some((p) => k === `${p}url` || k === `${p}count`)) out[k] = v;
  return out;
}

/** The JSON object of a request body. @throws WriteError `missing_body`, `parsing_data` */
export function jsonBody(bytes: Uint8Array, path: string): Record<string, unknown> {
  const text = Buffer.from(bytes).toString('utf8');
  if (text.trim() === '') throw new WriteError('missing_body', path);
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new WriteError('parsing_data', path, { error_detail: (e as Error).message });
  }
  if (!isObject(v)) throw new WriteError('parsing_data', path, { error_detail: 'the body must be a JSON object' });
  return v;
}

/** Checks a new id and an id attribute against the URL. @throws WriteError `malformed_id`, `mismatched_id` */
export function checkIds(body: Record<string, unknown>, idAttr: string, id: string, xid: string, singular: string): void {
  const bad = checkId(id);
  if (bad) throw new WriteError('malformed_id', xid, { id, error_detail: bad });
  if (body[idAttr] !== undefined && body[idAttr] !== id) throw new WriteError('mismatched_id', xid, { singular, invalid_id: String(body[idAttr]), expected_id: id });
}

const ctx = (model: Model): { model: Model; diagnostics: Diagnostics; file: string } => ({ model, diagnostics: new Diagnostics(), file: 'request' });

/** A Group from a request body: attributes without server keys or its id, and its Resources. */
export function groupOf(body: Record<string, unknown>, gid: string, gm: GroupModel, model: Model, xid: string): GroupNode {
  checkIds(body, `${gm.singular}id`, gid, xid, gm.singular);
  const g = groupFromDocument(body, gid, gm, ctx(model), '');
  g.attributes = withoutServerKeys(g.attributes, Object.keys(gm.resources));
  delete g.attributes[`${gm.singular}id`];
  for (const [rplural, resources] of g.resources) for (const r of resources.values()) cleanResource(r, gm.resources[rplural]!);
  delete g.source;
  return g;
}

/** A Resource from a request body (core/spec.md §Resource Processing Algorithm, via core's reader). */
export function resourceOf(body: Record<string, unknown>, rid: string, rm: ResourceModel, model: Model, xid: string): ResourceNode {
  checkIds(body, `${rm.singular}id`, rid, xid, rm.singular);
  if (isObject(body['meta'])) checkIds(body['meta'], `${rm.singular}id`, rid, `${xid}/meta`, rm.singular);
  const r = resourceFromDocument(body, rid, rm, ctx(model), '');
  cleanResource(r, rm);
  return r;
}

/** A Version from a request body; its document from `<RESOURCE>`/`<RESOURCE>base64`. */
export function versionOf(body: Record<string, unknown>, vid: string, rm: ResourceModel, model: Model, xid: string): VersionNode {
  if (checkId(vid)) throw new WriteError('malformed_id', xid, { id: vid, error_detail: checkId(vid)! });
  if (body['versionid'] !== undefined && body['versionid'] !== vid) throw new WriteError('mismatched_id', xid, { singular: 'version', invalid_id: String(body['versionid']), expected_id: vid });
  const v = versionFromDocument(body, vid, rm, ctx(model), '');
  return cleanVersion(v, rm);
}

/** Meta attributes from a request body, without server keys or the id. */
export function metaOf(meta: Attributes, rm: ResourceModel): Attributes {
  const out = withoutServerKeys(meta);
  delete out[`${rm.singular}id`];
  return out;
}

function cleanVersion(v: VersionNode, rm: ResourceModel): VersionNode {
  v.attributes = withoutServerKeys(v.attributes);
  delete v.attributes[`${rm.singular}id`];
  delete v.attributes['versionid'];
  delete v.source;
  delete v.documentSource;
  return v;
}

function cleanResource(r: ResourceNode, rm: ResourceModel): void {
  r.meta = metaOf(r.meta, rm);
  for (const v of r.versions.values()) cleanVersion(v, rm);
  delete r.source;
  delete r.metaSource;
}
