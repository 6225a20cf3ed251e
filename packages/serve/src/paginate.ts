/** One page of a collection and the `Link` header values that lead to the others. */
export interface Page<T> {
  items: T[];
  links: string[];
}

/**
 * Cuts a page of `limit` items starting at `offset` (pagination/spec.md; core/http.md:
 * `Link: <URL>;rel=next;count=N`). Every link carries the total `count`; `next`/`prev` appear
 * only when there are such records; `first` and `last` always. `pageUrl(offset)` builds a link.
 */
export function paginate<T>(items: T[], limit: number, offset: number, pageUrl: (offset: number) => string): Page<T> {
  const total = items.length;
  const link = (o: number, rel: string): string => `<${pageUrl(o)}>;rel=${rel};count=${total}`;
  const links = [link(0, 'first')];
  if (offset > 0) links.push(link(Math.max(0, offset - limit), 'prev'));
  if (offset + limit < total) links.push(link(offset + limit, 'next'));
  links.push(link(total === 0 ? 0 : Math.floor((total - 1) / limit) * limit, 'last'));
  return { items: items.slice(offset, offset + limit), links };
}
