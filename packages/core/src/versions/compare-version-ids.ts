/**
 * Case-insensitive version id order used by core/model.md §versionmode (ties in `manual` mode go
 * to the highest id; new Versions are processed in ascending order). Byte order of the lowered ids,
 * then of the ids themselves, so the order is total and locale-independent.
 */
export function compareVersionIds(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}
