import { join } from 'node:path';
import type { RegistryLocation } from '../registry/open-registry.js';
import { compareRevisions, type RevisionPair } from './compare-revisions.js';
import { contractFindings } from './contract-rules.js';
import { isBlocking, type Finding } from './finding.js';
import { headFindings } from './head-findings.js';
import type { Changelog } from './registry-changelog.js';
import { RevisionFiles } from './revision-files.js';
import { applyWaivers, parseWaivers, type Waiver } from './waivers.js';
import './check-catalogue.js';

/** The file of waivers, relative to the registry directory. */
export const WAIVERS_FILE = 'waivers.yaml';

/** The outcome of `xrgit check`: what it compared, the changelog, the findings and the waivers. */
export interface CheckReport {
  /** The registry directory, repository-relative. */
  registry: string;
  base: { ref: string; commit: string | undefined };
  /** `ref` null = the working tree. */
  head: { ref: string | null; commit: string | undefined };
  changelog: Changelog;
  /** Every finding, sorted by file, line, column and rule; waived ones carry `waived`. */
  findings: Finding[];
  /** The waivers file (repository-relative) and the waivers that accepted findings. */
  waivers: { file: string; used: Waiver[] };
  summary: { errors: number; warnings: number; waived: number; passed: boolean };
}

/** Options of {@link runCheck}. */
export interface CheckOptions extends RevisionPair {
  /** Today's date (UTC, YYYY-MM-DD), for waiver expiry. */
  today: string;
}

/**
 * `xrgit check` (DESIGN.md §5): validates the head, computes the changelog base → head, applies
 * the contract rules and each new version's declared compatibility, then the waivers of the
 * head's `waivers.yaml`. Pure reporting: the caller chooses the output format and exit code.
 */
export async function runCheck(location: RegistryLocation, options: CheckOptions): Promise<CheckReport> {
  const cmp = await compareRevisions(location, options);
  const findings = [
    ...headFindings(cmp.head.diagnostics.items, cmp.changelog),
    ...contractFindings({ base: cmp.base.registry, head: cmp.head.loaded.registry, changelog: cmp.changelog, references: cmp.references, locateHead: cmp.locateHead }),
  ];
  const file = join(location.dir, WAIVERS_FILE).split('\\').join('/');
  const files = new RevisionFiles(location.repoRoot!, options.head === undefined ? undefined : cmp.head.loaded.commit, location.dir);
  const waiverFile = parseWaivers(file, await files.read(file));
  const outcome = applyWaivers(findings, waiverFile, options.today);
  const all = sortFindings([...findings, ...waiverFile.problems, ...outcome.findings]);
  return {
    registry: location.dir,
    base: { ref: options.base, commit: cmp.base.commit },
    head: { ref: options.head ?? null, commit: cmp.head.loaded.commit },
    changelog: cmp.changelog,
    findings: all,
    waivers: { file, used: outcome.used },
    summary: {
      errors: all.filter(isBlocking).length,
      warnings: all.filter((f) => f.severity === 'warning' && !f.waived).length,
      waived: all.filter((f) => f.waived).length,
      passed: !all.some(isBlocking),
    },
  };
}

function sortFindings(findings: Finding[]): Finding[] {
  const key = (f: Finding): string => `${f.file ?? '\uffff'}\u0000${String(f.line ?? 1e9).padStart(10, '0')}\u0000${String(f.column ?? 0).padStart(6, '0')}\u0000${f.rule}\u0000${f.xid ?? ''}\u0000${f.fingerprint}`;
  return findings.map((f) => [key(f), f] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, f]) => f);
}
