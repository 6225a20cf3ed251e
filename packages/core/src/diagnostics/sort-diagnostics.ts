import type { Diagnostic } from './diagnostic.js';

const cmp = (a: string | number | undefined, b: string | number | undefined): number => {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
};

/** Orders diagnostics by file, line, column, xid, pointer and code, for deterministic output. */
export function sortDiagnostics(items: readonly Diagnostic[]): Diagnostic[] {
  return [...items].sort(
    (a, b) =>
      cmp(a.location.file, b.location.file) ||
      cmp(a.location.line, b.location.line) ||
      cmp(a.location.column, b.location.column) ||
      cmp(a.location.xid, b.location.xid) ||
      cmp(a.location.pointer, b.location.pointer) ||
      cmp(a.code, b.code),
  );
}
