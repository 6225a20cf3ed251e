import { createHash } from 'node:crypto';
import type { DiagnosticArgs, Severity } from '@xrgit/core';

/** Where a finding comes from. */
export type FindingSource = 'contract' | 'compatibility' | 'validation' | 'waiver';

/** The waiver that accepted a finding. */
export interface AppliedWaiver {
  reason: string;
  approvedBy: string;
  expires?: string;
}

/**
 * One finding of `xrgit check`: a rule id + message args + location, and a stable fingerprint.
 * Text is rendered at the edge (every output format renders it from `rule` and `args`). `file`
 * is repository-relative with `/` separators; line and column are 1-based and present only when
 * known. `counterexample` is an instance the old schema accepts and the new one rejects (or the
 * reverse, for forward checks), as JSON text, or a description for formats without instances.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  source: FindingSource;
  xid?: string;
  file?: string;
  line?: number;
  column?: number;
  args: DiagnosticArgs;
  counterexample?: string;
  fingerprint: string;
  /** Set when a waiver accepted the finding: it then does not fail the check. */
  waived?: AppliedWaiver;
}

/**
 * The fingerprint of a finding: the first 16 hex digits of sha256 over the rule id, the subject
 * xid and what changed (property paths, old and new values), as a JSON array. It leaves out
 * line numbers, commit ids and history-derived version ids, so it survives rebases, reformatting
 * and renumbered versions; the same change of the same entity always has the same fingerprint.
 */
export function fingerprintOf(rule: string, subject: string, what: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify([rule, subject, ...what])).digest('hex').slice(0, 16);
}

/** A finding's blocking weight: an unwaived error fails the check. */
export function isBlocking(f: Finding): boolean {
  return f.severity === 'error' && f.waived === undefined;
}
