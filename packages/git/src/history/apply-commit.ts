import type { DerivedHistory, DerivedVersion } from './derived-history.js';
import type { EntityPrint, RegistryPrint } from './entity-print.js';
import { parentXid } from './parent-xid.js';

/** A commit as history derivation sees it: its id and committer time (RFC 3339, UTC). */
export interface CommitStamp {
  oid: string;
  time: string;
}

type Touch = 'created' | 'modified';

/**
 * Advances `history` by one commit whose entity prints are `next`, looking only at the xids in
 * `affected` (the entities whose files the commit changed). DESIGN.md §3 and core/spec.md §epoch:
 * - an entity appears: epoch 1 (or one more than before it was deleted), createdat = modifiedat = commit time;
 * - its attributes change, or children are added to or removed from it: epoch + 1, modifiedat = commit time
 *   (once per commit, however many changes the commit makes);
 * - a history-derived Resource gets a new Version when its document changes (ids 1, 2, … never
 *   reused, ancestorid = the previous newest), and an attribute-only change updates its newest
 *   Version in place (epoch + 1, modifiedat).
 * Epochs never decrease and times come only from commits, so the result depends on history alone.
 */
export function applyCommit(history: DerivedHistory, commit: CommitStamp, next: RegistryPrint, affected: Iterable<string>): void {
  const touched = new Map<string, Touch>();
  const touch = (xid: string, how: Touch): void => {
    if (touched.get(xid) !== 'created') touched.set(xid, how);
  };
  for (const xid of [...new Set(affected)].sort()) {
    const before = history.prints[xid];
    const after = next.get(xid);
    if (!before && !after) continue;
    if (!before && after) {
      touch(xid, 'created');
      const parent = parentXid(xid);
      if (parent !== undefined) touch(parent, 'modified');
      if (after.history) startResourceHistory(history, xid, after, commit);
    } else if (before && !after) {
      retire(history, xid);
      const parent = parentXid(xid);
      if (parent !== undefined && next.has(parent)) touch(parent, 'modified');
    } else if (before && after) {
      const versionAdded = updateResourceHistory(history, xid, before, after, commit);
      if (before.attrs !== after.attrs || before.doc !== after.doc || versionAdded) touch(xid, 'modified');
    }
  }
  for (const [xid, how] of touched) {
    const after = next.get(xid);
    if (!after) continue;
    const current = history.times[xid];
    if (how === 'created' || !current) {
      history.times[xid] = { epoch: (history.retiredEpochs[xid] ?? 0) + 1, createdat: commit.time, modifiedat: commit.time };
      delete history.retiredEpochs[xid];
    } else history.times[xid] = { ...current, epoch: current.epoch + 1, modifiedat: commit.time };
  }
  for (const xid of new Set(affected)) {
    const after = next.get(xid);
    if (after) history.prints[xid] = after;
    else delete history.prints[xid];
  }
  history.commit = commit.oid;
}

function retire(history: DerivedHistory, xid: string): void {
  const t = history.times[xid];
  if (t) history.retiredEpochs[xid] = t.epoch;
  delete history.times[xid];
  delete history.resources[xid];
}

function newVersion(history: DerivedHistory, xid: string, print: EntityPrint, commit: CommitStamp, ancestor: string | undefined): DerivedVersion {
  const id = (history.maxIds[xid] ?? 0) + 1;
  history.maxIds[xid] = id;
  const h = print.history!;
  return { id: String(id), ancestorid: ancestor ?? String(id), doc: h.doc, ...(h.docBlob ? { docBlob: h.docBlob } : {}), attributes: h.attributes, epoch: 1, createdat: commit.time, modifiedat: commit.time };
}

function startResourceHistory(history: DerivedHistory, xid: string, print: EntityPrint, commit: CommitStamp): void {
  const v = newVersion(history, xid, print, commit, undefined);
  history.resources[xid] = { maxId: Number(v.id), versions: [v] };
}

/** Returns true when a Version was added (a document change). */
function updateResourceHistory(history: DerivedHistory, xid: string, before: EntityPrint, after: EntityPrint, commit: CommitStamp): boolean {
  if (!after.history) {
    delete history.resources[xid];
    return before.history !== undefined;
  }
  const record = history.resources[xid];
  if (!record || !before.history) {
    startResourceHistory(history, xid, after, commit);
    return true;
  }
  const newest = record.versions[record.versions.length - 1]!;
  if (after.history.doc !== newest.doc) {
    const v = newVersion(history, xid, after, commit, newest.id);
    record.versions.push(v);
    record.maxId = Number(v.id);
    return true;
  }
  if (after.history.versionAttrs !== before.history.versionAttrs || after.history.docBlob !== newest.docBlob) {
    newest.attributes = after.history.attributes;
    if (after.history.docBlob) newest.docBlob = after.history.docBlob;
    if (after.history.versionAttrs !== before.history.versionAttrs) {
      newest.epoch += 1;
      newest.modifiedat = commit.time;
    }
  }
  return false;
}
