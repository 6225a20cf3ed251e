/**
 * The `rel=next` target of a `Link` header (core/http.md §Pagination, RFC 8288), resolved
 * against `base`; undefined when there is none. Parameters may be quoted and in any case.
 */
export function nextLink(header: string | null, base: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!m) continue;
    const rels = [...m[2]!.matchAll(/;\s*rel\s*=\s*("([^"]*)"|[^;\s]+)/gi)].flatMap((r) => (r[2] ?? r[1]!).toLowerCase().split(/\s+/));
    if (rels.includes('next')) return new URL(m[1]!, base).href;
  }
  return undefined;
}
