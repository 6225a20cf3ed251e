export type Severity = 'error' | 'warning' | 'info';

/**
 * Where a diagnostic applies. `xid` names the entity (core/spec.md §xid); `pointer` is a JSON
 * Pointer (RFC 6901) into the entity's attributes or into `file`. Line and column are 1-based and
 * present only when known: an unknown position is never faked as 1:1.
 */
export interface Location {
  xid?: string;
  file?: string;
  pointer?: string;
  line?: number;
  column?: number;
}

/** Arguments filled into a catalogue message template. */
export type DiagnosticArgs = Record<string, string | number | boolean | undefined>;

/**
 * A finding: a rule id of a registered catalogue + arguments + location. Text is rendered at the
 * edge (`renderMessage`).
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  args: DiagnosticArgs;
  location: Location;
}
