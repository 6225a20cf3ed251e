import { describeLeaves, leafChanges } from './leaf-changes.js';
import type { ChangelogEntry } from './registry-changelog.js';

/** The detail lines of a changelog entry, the same in every output format. */
export function entryDetails(e: ChangelogEntry): string[] {
  const lines: string[] = [];
  if (e.documentChanged) lines.push('document changed');
  const leaves = e.attributes.flatMap((a) => leafChanges(a.name, a.before, a.after));
  lines.push(...describeLeaves(leaves.slice(0, 8)));
  if (leaves.length > 8) lines.push(`… and ${leaves.length - 8} more changed values`);
  if (e.deprecation) {
    const d = e.deprecation;
    const parts = [d.effective ? `effective ${d.effective}` : 'effective now', d.removal ? `sunset (removal) ${d.removal}` : 'no removal date', ...(d.alternative ? [`use ${d.alternative}`] : [])];
    lines.push(`deprecated: ${parts.join(', ')}`);
  }
  if (e.verdict) lines.push(verdictText(e));
  if (e.affected && e.affected.messages.length > 0) lines.push(`affects messages: ${e.affected.messages.join(', ')}`);
  if (e.affected && e.affected.endpoints.length > 0) lines.push(`affects endpoints: ${e.affected.endpoints.join(', ')}`);
  return lines;
}

function verdictText(e: ChangelogEntry): string {
  const v = e.verdict!;
  if (v.mode === null) return 'compatibility: not declared (meta.compatibility), not checked';
  return `compatibility ${v.mode}: ${v.verdict}${v.reason && v.verdict !== 'incompatible' ? ` (${v.reason})` : ''}`;
}

/** `+`, `-` or `~` for added, removed, changed. */
export function entrySign(e: ChangelogEntry): string {
  return e.kind === 'added' ? '+' : e.kind === 'removed' ? '-' : '~';
}
