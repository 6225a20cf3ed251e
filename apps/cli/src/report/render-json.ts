import { renderMessage, sortDiagnostics, type Diagnostic } from '@xrgit/core';

/** One diagnostic in the CLI's JSON output (documented in docs/cli.md). */
export interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
  xid: string | null;
  file: string | null;
  line: number | null;
  column: number | null;
}

/**
 * `{"diagnostics":[{rule, severity, message, xid, file, line, column}], "errors": N, "warnings": N}`;
 * unknown fields are null, never invented. Info diagnostics are included.
 */
export function renderJson(items: readonly Diagnostic[]): string {
  const diagnostics: JsonDiagnostic[] = sortDiagnostics(items).map((d) => ({
    rule: d.code,
    severity: d.severity,
    message: renderMessage(d),
    xid: d.location.xid ?? null,
    file: d.location.file ?? null,
    line: d.location.line ?? null,
    column: d.location.column ?? null,
  }));
  const errors = items.filter((d) => d.severity === 'error').length;
  const warnings = items.filter((d) => d.severity === 'warning').length;
  return `${JSON.stringify({ diagnostics, errors, warnings }, null, 2)}\n`;
}
