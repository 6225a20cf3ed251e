const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Orders two repository paths byte-wise by their UTF-8 encoding, the order git itself uses for
 * index entries. UTF-8 byte order is code point order, which JavaScript's `<` (UTF-16 code
 * units) matches except for characters above U+FFFF; only those take the slow path.
 * @returns negative, zero or positive like `Array.prototype.sort` expects.
 */
export function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : 1;
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Sorts records by their `path` with {@link comparePaths}, in place, and returns the array. */
export function sortByPath<T extends { readonly path: string }>(items: T[]): T[] {
  return items.sort((x, y) => comparePaths(x.path, y.path));
}
