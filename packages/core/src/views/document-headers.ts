import type { ResourceModel } from '../model/model-types.js';
import { encodeHeaderValue } from './encode-header-value.js';

/** Headers of a document response, and its Content-Type (undefined when `contenttype` is unset). */
export interface DocumentHeaders {
  contentType: string | undefined;
  headers: Record<string, string>;
}

const isScalar = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * The headers of a Resource or Version document (core/http.md §Serializing Resource
 * Domain-Specific Documents), from the entity's `$details` body:
 * - every top-level scalar as `xRegistry-<name>`, `self` without `$details` (the document URL);
 * - every top-level map of scalars as one `xRegistry-<map>.<key>` per key;
 * - never `<RESOURCE>`, `<RESOURCE>base64` or complex values;
 * - `contenttype` as `Content-Type` (not as an xRegistry header); undefined when it is unset
 *   (core/http.md: the header is omitted; static hosts substitute their own default);
 * - `Content-Location` (Resources only: the default Version's document URL) and
 *   `Content-Disposition`: the bare `<RESOURCE>id`, as the spec demands (it is not an RFC 6266
 *   disposition type; clients that do not know it treat it as `attachment`).
 */
export function documentHeaders(details: Record<string, unknown>, rm: ResourceModel, documentUrl: string, contentLocation?: string): DocumentHeaders {
  const headers: Record<string, string> = {};
  const skip = new Set([rm.singular, `${rm.singular}base64`, 'contenttype']);
  for (const [name, value] of Object.entries(details)) {
    if (skip.has(name) || value === null || value === undefined) continue;
    if (name === 'self') headers['xRegistry-self'] = encodeHeaderValue(documentUrl);
    else if (isScalar(value)) headers[`xRegistry-${name}`] = encodeHeaderValue(String(value));
    else if (typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(isScalar)) {
      for (const [key, v] of Object.entries(value as Record<string, unknown>)) headers[`xRegistry-${name}.${key}`] = encodeHeaderValue(String(v));
    }
  }
  if (contentLocation !== undefined) headers['Content-Location'] = encodeHeaderValue(contentLocation);
  headers['Content-Disposition'] = encodeHeaderValue(String(details[`${rm.singular}id`]));
  const ct = details['contenttype'];
  return { contentType: typeof ct === 'string' && ct !== '' ? ct : undefined, headers: sortHeaders(headers) };
}

/** Orders headers by lower-cased name (deterministic output for every profile). */
export function sortHeaders(headers: Record<string, string>): Record<string, string> {
  const keys = Object.keys(headers).sort((a, b) => {
    const la = a.toLowerCase();
    const lb = b.toLowerCase();
    return la < lb ? -1 : la > lb ? 1 : 0;
  });
  return Object.fromEntries(keys.map((k) => [k, headers[k]!]));
}
