import type { Attributes, ResourceModel, ResourceNode, VersionNode } from '@xrgit/core';

/** Where document bytes come from: the registry's own bytes when known (byte-exact), else the compared ones. */
export type DocumentSource = (xid: string) => Uint8Array | undefined;

/**
 * The body of a Version PUT: its authored attributes, and its document as `<RESOURCE>base64` so
 * that the server stores the exact bytes (core/spec.md §<RESOURCE>base64). Nothing the server
 * computes is in it: no `self`, `xid`, `epoch`, `isdefault`, `*url` of collections, validation
 * results (they were removed when the state was made comparable).
 */
export function versionBody(rm: ResourceModel, xid: string, v: VersionNode, documents: DocumentSource): Record<string, unknown> {
  const body: Record<string, unknown> = { ...v.attributes };
  const bytes = documents(xid) ?? v.document;
  if (rm.hasdocument && bytes !== undefined && body[`${rm.singular}url`] === undefined) body[`${rm.singular}base64`] = Buffer.from(bytes).toString('base64');
  return body;
}

/** The body of a meta PUT. */
export function metaBody(meta: Attributes): Record<string, unknown> {
  return { ...meta };
}

/** The body of a Resource PUT that creates it: its meta and all of its Versions in one request. */
export function resourceBody(rm: ResourceModel, rxid: string, r: ResourceNode, documents: DocumentSource): Record<string, unknown> {
  const versions: Record<string, unknown> = {};
  for (const [vid, v] of r.versions) versions[vid] = versionBody(rm, `${rxid}/versions/${vid}`, v, documents);
  return { meta: metaBody(r.meta), versions };
}
