import { formatPointer } from '@xrgit/core';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const stripQuery = (url: string): string => url.split('?')[0]!;
const pointer = (tokens: string[]): string => (tokens.length === 0 ? '#/' : `#${formatPointer(tokens)}`);

/**
 * Calls `visit` for every entity object of a response (objects with `xid`), with its JSON
 * Pointer tokens, descending through `meta` and the inlined collections (`<C>` beside `<C>url`).
 */
function eachEntity(obj: Json, tokens: string[], visit: (entity: Json, tokens: string[]) => void): void {
  visit(obj, tokens);
  for (const [key, value] of Object.entries(obj)) {
    if (!isObject(value)) continue;
    if (key === 'meta' && typeof value['xid'] === 'string') eachEntity(value, [...tokens, key], visit);
    else if (typeof obj[`${key}url`] === 'string') for (const [id, m] of Object.entries(value)) if (isObject(m)) eachEntity(m, [...tokens, key, id], visit);
  }
}

/**
 * The doc view's relative URLs (core/spec.md §Doc Flag): `self`, `<COLLECTION>url`, `metaurl`
 * and `defaultversionurl` become `#<JSON Pointer>` relative to the response root when, and only
 * when, what they address is in the response; other URLs stay absolute. `collectionUrl` is the
 * request URL when the response is a collection map (its members are then at `#/<id>`).
 * Rewrites `body` in place.
 */
export function relativizeUrls(body: Json, collections: ReadonlySet<string>, collectionUrl?: string): void {
  const inside = new Map<string, string>();
  const roots: [Json, string[]][] = collectionUrl === undefined ? [[body, []]] : Object.entries(body).filter(([, m]) => isObject(m)).map(([id, m]) => [m as Json, [id]]);
  if (collectionUrl !== undefined) inside.set(stripQuery(collectionUrl), pointer([]));
  const record = (entity: Json, tokens: string[]): void => {
    if (typeof entity['self'] === 'string') inside.set(stripQuery(entity['self']), pointer(tokens));
    for (const c of collections) if (typeof entity[`${c}url`] === 'string' && isObject(entity[c])) inside.set(stripQuery(entity[`${c}url`] as string), pointer([...tokens, c]));
  };
  for (const [root, tokens] of roots) eachEntity(root, tokens, record);
  const urlKeys = ['self', 'metaurl', 'defaultversionurl', ...[...collections].map((c) => `${c}url`)];
  const rewrite = (entity: Json): void => {
    for (const key of urlKeys) {
      const v = entity[key];
      if (typeof v === 'string' && inside.has(stripQuery(v))) entity[key] = inside.get(stripQuery(v));
    }
  };
  for (const [root, tokens] of roots) eachEntity(root, tokens, rewrite);
}
