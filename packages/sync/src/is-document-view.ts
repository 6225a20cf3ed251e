/**
 * Whether `body` is what `/export` or `/?doc&inline=*,…` promise (core/spec.md §Doc Flag, §Inline
 * Flag): the document view, with every non-empty collection inlined. A static host ignores query
 * strings and answers `/?doc&inline=…` with the plain API-view root (absolute `self`, collections
 * as URLs only); that body must not be mistaken for the whole registry.
 */
export function isDocumentView(body: Record<string, unknown>, groupPlurals: readonly string[]): boolean {
  const self = body['self'];
  if (typeof self === 'string' && !self.startsWith('#')) return false;
  for (const plural of groupPlurals) {
    const count = body[`${plural}count`];
    const map = body[plural];
    if (map !== undefined && (map === null || typeof map !== 'object' || Array.isArray(map))) return false;
    if (typeof count === 'number' && count > 0 && map === undefined) return false;
    if (map === undefined && count === undefined && typeof body[`${plural}url`] === 'string' && !(body[`${plural}url`] as string).startsWith('#')) return false;
  }
  return true;
}
