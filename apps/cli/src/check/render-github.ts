import { findingMessage } from './finding-message.js';
import type { Finding } from './finding.js';
import { verdictLine } from './render-check-text.js';
import type { CheckReport } from './run-check.js';

/** Escapes the message of a workflow command (GitHub's `escapeData`). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property of a workflow command (GitHub's `escapeProperty`). */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(f: Finding): string {
  const kind = f.waived ? 'notice' : f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
  const props = [
    ...(f.file !== undefined ? [`file=${escapeProperty(f.file)}`] : []),
    ...(f.line !== undefined ? [`line=${f.line}`, `col=${f.column ?? 1}`] : []),
    `title=${escapeProperty(`${f.waived ? 'waived: ' : ''}${f.rule}`)}`,
  ];
  const extra = [
    ...(f.counterexample !== undefined ? [`Counterexample: ${f.counterexample}`] : []),
    ...(f.waived ? [`Waived: ${f.waived.reason} (approved by ${f.waived.approvedBy})`] : []),
    `Fingerprint: ${f.fingerprint}${f.xid ? ` (${f.xid})` : ''}`,
  ];
  return `::${kind} ${props.join(',')}::${escapeData([findingMessage(f), ...extra].join('\n'))}`;
}

/**
 * GitHub Actions workflow commands: one `::error`/`::warning` annotation per finding (waived ones
 * as `::notice`), with file, line, column and the rule id as title, then the verdict line.
 */
export function renderGithub(report: CheckReport): string {
  return `${[...report.findings.map(command), verdictLine(report)].join('\n')}\n`;
}
