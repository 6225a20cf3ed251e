import { entryDetails, entrySign } from './describe-entry.js';
import type { Changelog } from './registry-changelog.js';

/** The changelog for people: one line per entity (`+` added, `-` removed, `~` changed) with indented details. */
export function renderChangelogText(changelog: Changelog): string[] {
  if (changelog.entries.length === 0) return ['  no changes'];
  const lines: string[] = [];
  for (const e of changelog.entries) {
    lines.push(`  ${entrySign(e)} ${e.level} ${e.xid}`);
    for (const d of entryDetails(e)) lines.push(`      ${d}`);
  }
  return lines;
}
