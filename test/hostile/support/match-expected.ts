import type { ExpectedDiagnostic, JsonDiagnostic } from './hostile-case.js';

/**
 * Whether `d` is the diagnostic `e` describes: rule, file, xid, line and column as far as the
 * table gives them. The reviewed golden file (`hostile-positions.json`) pins every position too.
 */
function matches(d: JsonDiagnostic, e: ExpectedDiagnostic): boolean {
  return (
    d.rule === e.rule &&
    (e.file === undefined || d.file === e.file) &&
    (e.xid === undefined || d.xid === e.xid) &&
    (e.line === undefined || d.line === e.line) &&
    (e.column === undefined || d.column === e.column)
  );
}

/**
 * Compares the errors and warnings a case produced with what it expects: each expected
 * diagnostic must be matched by one actual diagnostic and no other error or warning may appear.
 * Returns the problems as lines (empty when the case passes).
 */
export function compareDiagnostics(actual: readonly JsonDiagnostic[], expected: readonly ExpectedDiagnostic[]): string[] {
  const left = actual.filter((d) => d.severity === 'error' || d.severity === 'warning');
  const problems: string[] = [];
  for (const e of expected) {
    const i = left.findIndex((d) => matches(d, e));
    if (i < 0) problems.push(`missing ${JSON.stringify(e)}`);
    else left.splice(i, 1);
  }
  for (const d of left) problems.push(`unexpected ${d.severity} ${d.rule} ${d.file ?? '-'}:${d.line ?? '-'}:${d.column ?? '-'} ${d.xid ?? ''} ${d.message.slice(0, 160)}`);
  return problems;
}
