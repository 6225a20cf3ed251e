import { ruleSpec, type Diagnostic } from '@xrgit/core';
import { fingerprintOf, type Finding } from './finding.js';
import type { Changelog } from './registry-changelog.js';
import { resourceXidOf } from './registry-walk.js';

/** Is `d` a compatibility finding of a schema version (formats catalogue, `compatibility_violation`)? */
function isCompatibility(d: Diagnostic): boolean {
  return d.args['against'] !== undefined && d.args['direction'] !== undefined && ruleSpec(d.code).specError === 'compatibility_violation';
}

/**
 * The diagnostics of validating the head (`xrgit validate`) as findings. Compatibility findings
 * are kept only for the versions this change adds or whose document it changes: an earlier
 * version's verdict was decided (or waived) when that version was added, so it never fails a
 * later, unrelated change. Every other diagnostic of the head is kept.
 */
export function headFindings(diagnostics: readonly Diagnostic[], changelog: Changelog): Finding[] {
  const changed = new Set(changelog.entries.filter((e) => e.level === 'version' && (e.kind === 'added' || e.documentChanged)).map((e) => e.xid));
  const out: Finding[] = [];
  for (const d of diagnostics) {
    const compat = isCompatibility(d);
    if (compat && !changed.has(d.location.xid ?? '')) continue;
    out.push(compat ? compatibilityFinding(d) : validationFinding(d));
  }
  return out;
}

function place(d: Diagnostic): Pick<Finding, 'xid' | 'file' | 'line' | 'column'> {
  const { xid, file, line, column } = d.location;
  return { ...(xid !== undefined ? { xid } : {}), ...(file !== undefined ? { file } : {}), ...(line !== undefined ? { line, column: column ?? 1 } : {}) };
}

/** Args that name versions or the declared mode, not what changed. */
const VERSION_ARGS = new Set(['version', 'against', 'mode']);

/**
 * Fingerprint subject: the Resource (not the version: history-derived version ids move when a
 * branch is rebased onto new versions), the direction and the rule's args without the version
 * ids and the counterexample.
 */
function compatibilityFinding(d: Diagnostic): Finding {
  const { counterexample, ...args } = d.args;
  const subject = resourceXidOf(d.location.xid ?? '');
  const what = Object.entries(args).filter(([k]) => !VERSION_ARGS.has(k)).sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    rule: d.code,
    severity: d.severity,
    source: 'compatibility',
    ...place(d),
    args,
    ...(counterexample !== undefined ? { counterexample: String(counterexample) } : {}),
    fingerprint: fingerprintOf(d.code, subject, [what]),
  };
}

function validationFinding(d: Diagnostic): Finding {
  const what = Object.entries(d.args).sort(([a], [b]) => (a < b ? -1 : 1));
  return { rule: d.code, severity: d.severity, source: 'validation', ...place(d), args: d.args, fingerprint: fingerprintOf(d.code, d.location.xid ?? d.location.file ?? '', [d.location.pointer ?? '', what]) };
}
