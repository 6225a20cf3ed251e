import { counterexampleCaption, findingMessage, findingPlace, prettyCounterexample } from './finding-message.js';
import type { Finding } from './finding.js';
import { cell, escapeHtml, renderChangelogMarkdown } from './render-changelog-markdown.js';
import { describeRevision, verdictLine } from './render-check-text.js';
import type { CheckReport } from './run-check.js';

function findingBlock(f: Finding): string[] {
  const head = `${f.waived ? 'waived' : f.severity}: \`${f.rule}\` at \`${findingPlace(f)}\``;
  const lines = [`#### ${head}`, '', escapeHtml(findingMessage(f)), ''];
  const example = prettyCounterexample(f);
  if (example !== undefined) lines.push(`Counterexample (${counterexampleCaption(f)}):`, '', '```json', example, '```', '');
  if (f.waived) lines.push(`Waived: ${escapeHtml(f.waived.reason)} (approved by ${escapeHtml(f.waived.approvedBy)}${f.waived.expires ? `, until ${f.waived.expires}` : ''}).`, '');
  lines.push(`Fingerprint \`${f.fingerprint}\`${f.xid ? `, xid \`${f.xid}\`` : ''}.`, '');
  return lines;
}

/**
 * The check report for a pull-request comment or `$GITHUB_STEP_SUMMARY`: verdict and summary
 * table, the changelog, each finding with its counterexample in a code block, and the waivers used.
 */
export function renderCheckMarkdown(report: CheckReport): string {
  const s = report.summary;
  const lines = [
    `## xrgit check: ${s.passed ? 'passed' : 'failed'}`,
    '',
    `Registry \`${report.registry || '.'}\`, ${describeRevision(report.base.ref, report.base.commit)} → ${describeRevision(report.head.ref, report.head.commit)}.`,
    '',
    '| errors | warnings | waived | changes |',
    '|---:|---:|---:|---:|',
    `| ${s.errors} | ${s.warnings} | ${s.waived} | ${report.changelog.entries.length} |`,
    '',
    '### Changelog',
    '',
    ...renderChangelogMarkdown(report.changelog),
    '',
    '### Findings',
    '',
  ];
  if (report.findings.length === 0) lines.push('None.', '');
  for (const f of report.findings) lines.push(...findingBlock(f));
  if (report.waivers.used.length > 0) {
    lines.push('### Waivers used', '', '| fingerprint | rule | xid | reason | approved by | expires |', '|---|---|---|---|---|---|');
    for (const w of report.waivers.used) lines.push(`| \`${w.fingerprint}\` | ${cell(w.rule ?? '')} | ${cell(w.xid ?? '')} | ${cell(w.reason)} | ${cell(w.approvedBy)} | ${w.expires ?? ''} |`);
    lines.push('');
  }
  lines.push(`**${verdictLine(report)}**`);
  return `${lines.join('\n')}\n`;
}
