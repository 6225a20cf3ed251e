import { entryDetails } from './describe-entry.js';
import type { Changelog } from './registry-changelog.js';

/**
 * Escapes text that comes from the registry (descriptions, values) for Markdown: HTML special
 * characters become entities, so a description holding `<script>` or `<img onerror>` shows as
 * text in a PR comment instead of being interpreted.
 */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for a Markdown table cell (HTML, pipes, line breaks). */
export function cell(s: string): string {
  return escapeHtml(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The changelog as a Markdown table: change, entity, details. */
export function renderChangelogMarkdown(changelog: Changelog): string[] {
  if (changelog.entries.length === 0) return ['No changes to the registry.'];
  const lines = ['| change | entity | details |', '|---|---|---|'];
  for (const e of changelog.entries) {
    lines.push(`| ${e.kind} ${e.level} | \`${cell(e.xid)}\` | ${entryDetails(e).map(cell).join('<br>')} |`);
  }
  return lines;
}
