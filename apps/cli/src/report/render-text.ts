import { renderMessage, sortDiagnostics, type Diagnostic } from '@xrgit/core';

/** `file:line:col` (or what is known of it) for a diagnostic. */
export function formatLocation(d: Diagnostic): string {
  const { file, line, column, xid } = d.location;
  if (file && line !== undefined) return `${file}:${line}:${column ?? 1}`;
  return file ?? xid ?? '-';
}

/**
 * Renders diagnostics for people, one per line: `file:line:col  severity  rule  message`,
 * followed by the entity xid when it helps, then a summary line.
 */
export function renderText(items: readonly Diagnostic[], options: { showInfo?: boolean } = {}): string {
  const lines: string[] = [];
  const shown = sortDiagnostics(items).filter((d) => options.showInfo || d.severity !== 'info');
  for (const d of shown) {
    const where = formatLocation(d);
    const xid = d.location.xid && d.location.file ? ` (${d.location.xid})` : '';
    lines.push(`${where}: ${d.severity} ${d.code}: ${renderMessage(d)}${xid}`);
    if (d.args['counterexample'] !== undefined) lines.push(`    counterexample (valid before, rejected now or the reverse): ${String(d.args['counterexample'])}`);
  }
  lines.push(summaryLine(items));
  return `${lines.join('\n')}\n`;
}

/** "2 errors, 1 warning" (or "no problems"). */
export function summaryLine(items: readonly Diagnostic[]): string {
  const errors = items.filter((d) => d.severity === 'error').length;
  const warnings = items.filter((d) => d.severity === 'warning').length;
  if (errors === 0 && warnings === 0) return 'no problems';
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
