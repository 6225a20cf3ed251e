import { Diagnostics, SourceFile } from '@xrgit/core';
import { fingerprintOf, type Finding } from './finding.js';

/** One entry of `waivers.yaml` (docs/ci.md §Waivers). */
export interface Waiver {
  fingerprint: string;
  rule?: string;
  xid?: string;
  reason: string;
  approvedBy: string;
  /** Last day (UTC, YYYY-MM-DD) on which the waiver applies. */
  expires?: string;
  /** 1-based line of the entry in the waivers file. */
  line?: number;
}

/** The waivers of a registry, and the problems of the file (`waiver/invalid` findings). */
export interface WaiverFile {
  file: string;
  waivers: Waiver[];
  problems: Finding[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses `waivers.yaml`: a list (or `waivers:` holding a list) of entries with `fingerprint`,
 * `reason`, `approvedBy` (required), `rule`, `xid` (for people) and `expires` (a date).
 * Malformed entries are reported, never guessed at.
 */
export function parseWaivers(file: string, text: string | undefined): WaiverFile {
  const out: WaiverFile = { file, waivers: [], problems: [] };
  if (text === undefined) return out;
  const parsed = SourceFile.parse(file, text, new Diagnostics());
  const root = parsed.value;
  const list = Array.isArray(root) ? root : isObject(root) && Array.isArray(root['waivers']) ? root['waivers'] : root === null || root === undefined ? [] : undefined;
  const prefix = Array.isArray(root) ? '' : '/waivers';
  if (list === undefined) {
    out.problems.push(invalid(file, parsed.positionOf('')?.line, 'the file must hold a list of waivers'));
    return out;
  }
  list.forEach((entry: unknown, i: number) => {
    const line = parsed.positionOf(`${prefix}/${i}`, false)?.line;
    const problem = check(entry);
    if (problem) out.problems.push(invalid(file, line, problem));
    else out.waivers.push({ ...(entry as Waiver), ...(line !== undefined ? { line } : {}) });
  });
  return out;
}

function check(entry: unknown): string | undefined {
  if (!isObject(entry)) return 'an entry must be a mapping';
  for (const k of ['fingerprint', 'reason', 'approvedBy']) if (typeof entry[k] !== 'string' || entry[k] === '') return `"${k}" is missing or not a string`;
  if (!/^[0-9a-f]{16}$/.test(entry['fingerprint'] as string)) return `fingerprint "${String(entry['fingerprint'])}" is not 16 lower-case hex digits as xrgit check prints them`;
  if (entry['expires'] !== undefined && (typeof entry['expires'] !== 'string' || !DATE.test(entry['expires']))) return `expires "${String(entry['expires'])}" is not a date YYYY-MM-DD`;
  return undefined;
}

function invalid(file: string, line: number | undefined, detail: string): Finding {
  return { rule: 'waiver/invalid', severity: 'error', source: 'waiver', file, ...(line !== undefined ? { line, column: 1 } : {}), args: { detail }, fingerprint: fingerprintOf('waiver/invalid', file, [detail]) };
}

/** What applying waivers did. */
export interface WaiverOutcome {
  /** Waivers that accepted at least one finding. */
  used: Waiver[];
  /** `waiver/expired` and `waiver/unused` findings. */
  findings: Finding[];
}

/**
 * Marks every finding whose fingerprint a current waiver names as waived. A waiver past its
 * `expires` date (compared with `today`, YYYY-MM-DD) waives nothing: when it matches a finding it
 * is an error (`waiver/expired`), otherwise it is reported as unused. A waiver that matches no
 * finding is a warning (`waiver/unused`).
 */
export function applyWaivers(findings: Finding[], waivers: WaiverFile, today: string): WaiverOutcome {
  const outcome: WaiverOutcome = { used: [], findings: [] };
  for (const w of waivers.waivers) {
    const matched = findings.filter((f) => f.fingerprint === w.fingerprint && f.source !== 'waiver');
    const expired = w.expires !== undefined && w.expires < today;
    const at = { file: waivers.file, ...(w.line !== undefined ? { line: w.line, column: 1 } : {}) };
    const args = { fingerprint: w.fingerprint, rule: w.rule ?? matched[0]?.rule ?? '(rule not given)', xid: w.xid ?? matched[0]?.xid ?? '(xid not given)', expires: w.expires ?? '' };
    if (matched.length > 0 && expired) {
      outcome.findings.push({ rule: 'waiver/expired', severity: 'error', source: 'waiver', ...at, args, fingerprint: fingerprintOf('waiver/expired', w.fingerprint, [w.expires]) });
    } else if (matched.length > 0) {
      for (const f of matched) f.waived = { reason: w.reason, approvedBy: w.approvedBy, ...(w.expires !== undefined ? { expires: w.expires } : {}) };
      outcome.used.push(w);
    } else {
      outcome.findings.push({ rule: 'waiver/unused', severity: 'warning', source: 'waiver', ...at, args, fingerprint: fingerprintOf('waiver/unused', w.fingerprint, []) });
    }
  }
  return outcome;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
