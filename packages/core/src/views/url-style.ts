import { formatPointer } from '../source/parse-pointer.js';

/** How a view writes `self` and the `*url` attributes. */
export interface UrlStyle {
  /** URL of an entity; `details` appends `$details` (API view of hasdocument entities only). */
  entity(xid: string, details: boolean): string;
  /** URL of the collection `plural` under the entity `parentXid`. */
  collection(parentXid: string, plural: string): string;
}

/**
 * API view (core/spec.md §self): absolute, `base + xid`, `$details` for hasdocument Resources
 * and Versions. The Registry's own URL is `base + "/"`. `base` has no trailing slash.
 */
export function apiUrls(base: string): UrlStyle {
  const b = base.replace(/\/+$/, '');
  return {
    entity: (xid, details) => `${b}${xid}${details ? '$details' : ''}`,
    collection: (parent, plural) => `${b}${parent === '/' ? '' : parent}/${plural}`,
  };
}

function xidTokens(xid: string): string[] {
  return xid === '/' ? [] : xid.slice(1).split('/');
}

/**
 * Doc view (core/spec.md §Doc Flag): `#` + a JSON Pointer relative to the document root, for
 * entities inside the document (all of them, for `/export`). The root is `#/` as in the spec.
 */
export function docUrls(): UrlStyle {
  return {
    entity: (xid) => (xid === '/' ? '#/' : `#${formatPointer(xidTokens(xid))}`),
    collection: (parent, plural) => `#${formatPointer([...xidTokens(parent), plural])}`,
  };
}
