import { findingMessage } from './finding-message.js';
import type { Finding } from './finding.js';
import type { Changelog } from './registry-changelog.js';
import type { CheckReport } from './run-check.js';

/** The schema version of the JSON output of `xrgit check` and `xrgit diff` (docs/ci.md §JSON). */
export const CHECK_JSON_VERSION = 1;

/** The changelog as JSON: entries with attribute changes (before/after), verdicts and users. */
export function changelogJson(changelog: Changelog): unknown[] {
  return changelog.entries.map((e) => ({
    kind: e.kind,
    level: e.level,
    xid: e.xid,
    attributes: e.attributes.map((a) => ({ name: a.name, before: a.before ?? null, after: a.after ?? null })),
    documentChanged: e.documentChanged === true,
    deprecation: e.deprecation ?? null,
    verdict: e.verdict ?? null,
    affected: e.affected ?? null,
  }));
}

/** One finding as JSON: unknown fields are null, never invented. */
export function findingJson(f: Finding): Record<string, unknown> {
  return {
    rule: f.rule,
    severity: f.severity,
    source: f.source,
    message: findingMessage(f),
    xid: f.xid ?? null,
    file: f.file ?? null,
    line: f.line ?? null,
    column: f.column ?? null,
    args: f.args,
    counterexample: f.counterexample ?? null,
    fingerprint: f.fingerprint,
    waived: f.waived ?? null,
  };
}

/** The check report as JSON (documented in docs/ci.md §JSON). */
export function renderCheckJson(report: CheckReport): string {
  const doc = {
    version: CHECK_JSON_VERSION,
    registry: report.registry,
    base: report.base,
    head: report.head,
    passed: report.summary.passed,
    summary: report.summary,
    changelog: changelogJson(report.changelog),
    findings: report.findings.map(findingJson),
    waivers: report.waivers,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
