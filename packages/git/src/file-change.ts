import type { FileChange } from './git-store.js';

const GITLINK = '160000';

/** One side of a change: a blob with its mode, or nothing. */
export interface ChangeSide {
  readonly oid: string;
  readonly mode: string;
}

/**
 * The {@link FileChange} between two sides of one path, or `undefined` when nothing changed.
 * Submodules (gitlinks) count as absent, so a submodule replaced by a file is an `A`.
 * Both backends build their changes here so they agree on every edge case.
 */
export function fileChange(path: string, before: ChangeSide | undefined, after: ChangeSide | undefined): FileChange | undefined {
  const a = before && before.mode !== GITLINK ? before : undefined;
  const b = after && after.mode !== GITLINK ? after : undefined;
  if (!a && !b) return undefined;
  if (a && b && a.oid === b.oid && a.mode === b.mode) return undefined;
  const status = !a ? 'A' : !b ? 'D' : 'M';
  return { status, path, oldOid: a?.oid ?? null, newOid: b?.oid ?? null, oldMode: a?.mode ?? null, newMode: b?.mode ?? null };
}

const RAW = /^\n?:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) [A-Z]\d*$/;

/**
 * Parses the meta part of one `--raw -z` diff record (`:100644 100644 <old> <new> M`, the line
 * feed git puts before the first record of a commit tolerated) paired with its path.
 * @returns the change, `undefined` for a gitlink-only change, or `null` when `meta` is no raw record.
 */
export function parseRawChange(meta: string, path: string): FileChange | undefined | null {
  const m = RAW.exec(meta);
  if (!m) return null;
  const [, oldMode, newMode, oldOid, newOid] = m as unknown as [string, string, string, string, string];
  const side = (mode: string, oid: string): ChangeSide | undefined => (/^0+$/.test(mode) ? undefined : { oid, mode });
  return fileChange(path, side(oldMode, oldOid), side(newMode, newOid));
}

/** True when `token` starts a `--raw -z` diff record. */
export function isRawRecord(token: string): boolean {
  return RAW.test(token);
}
