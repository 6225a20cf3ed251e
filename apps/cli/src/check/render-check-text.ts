import { codeFrame } from './code-frame.js';
import { counterexampleCaption, findingMessage, findingPlace } from './finding-message.js';
import { renderChangelogText } from './render-changelog-text.js';
import type { CheckReport } from './run-check.js';

/** Texts of the files findings point at (repository-relative path → text), for code frames. */
export type FileTexts = ReadonlyMap<string, string>;

/** `ref (commit12)` or `the working tree (on commit12)`. */
export function describeRevision(ref: string | null, commit: string | undefined): string {
  const short = commit ? commit.slice(0, 12) : 'no commit';
  return ref === null ? `the working tree (on ${short})` : `${ref} (${short})`;
}

/**
 * The check report for people: what was compared, the changelog, each finding with its place,
 * a code frame, the counterexample and the fingerprint to copy into waivers.yaml, the waivers
 * used, and a verdict line.
 */
export function renderCheckText(report: CheckReport, texts: FileTexts): string {
  const lines = [`xrgit check: registry ${report.registry || '.'}, ${describeRevision(report.base.ref, report.base.commit)} → ${describeRevision(report.head.ref, report.head.commit)}`, '', 'Changelog', ...renderChangelogText(report.changelog), ''];
  lines.push(report.findings.length === 0 ? 'No findings.' : 'Findings');
  for (const f of report.findings) {
    const status = f.waived ? `waived ${f.severity}` : f.severity;
    lines.push(`${findingPlace(f)}: ${status} ${f.rule}: ${findingMessage(f)}`);
    const text = f.file !== undefined && f.line !== undefined ? texts.get(f.file) : undefined;
    if (text !== undefined) lines.push(...codeFrame(text, f.line!, f.column).map((l) => `    ${l}`));
    if (f.counterexample !== undefined) lines.push(`    counterexample (${counterexampleCaption(f)}): ${f.counterexample}`);
    if (f.waived) lines.push(`    waived: ${f.waived.reason} (approved by ${f.waived.approvedBy}${f.waived.expires ? `, until ${f.waived.expires}` : ''})`);
    lines.push(`    fingerprint: ${f.fingerprint}${f.xid ? `  xid: ${f.xid}` : ''}`);
  }
  if (report.waivers.used.length > 0) {
    lines.push('', `Waivers used (${report.waivers.file})`);
    for (const w of report.waivers.used) lines.push(`  ${w.fingerprint} ${w.rule ?? ''} ${w.xid ?? ''}: ${w.reason} (approved by ${w.approvedBy}${w.expires ? `, until ${w.expires}` : ''})`.replace(/ {2,}/g, ' '));
  }
  lines.push('', verdictLine(report));
  return `${lines.join('\n')}\n`;
}

/** `PASSED: 0 errors, 1 warning, 1 waived` / `FAILED: ...`. */
export function verdictLine(report: CheckReport): string {
  const { errors, warnings, waived, passed } = report.summary;
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${passed ? 'PASSED' : 'FAILED'}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${waived} waived`;
}
