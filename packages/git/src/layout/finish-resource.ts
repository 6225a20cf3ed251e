import { HISTORY_VERSION_ID } from './file-contribution.js';
import { finishInference } from './finish-inference.js';
import { addPart, emptyJoined, type JoinedVersion } from './join-version-parts.js';
import { reportCaseClash, reportDuplicate, type MergeState, type ResourceState, type VersionPart } from './merge-state.js';
import { comparePaths } from '../compare-paths.js';

/**
 * Turns the collected parts of one Resource into its Versions and reports the Resource-level
 * rules: mixed version sources (§6.3), duplicate Versions (§11), orphan sidecars (§6.2), and
 * inference (§8). Returns whether the Resource's versions come from git history.
 */
export function finishResource(state: MergeState, rs: ResourceState): boolean {
  let history = rs.history !== undefined;
  if (rs.history && rs.explicitFiles) {
    state.diagnostics.report('layout/mixed-version-sources', { entity: rs.xid, file: rs.history.contribution.path }, rs.explicitFiles);
    history = false;
  }
  const parts = [...(history ? [rs.history!] : []), ...rs.parts].sort((a, b) => comparePaths(a.contribution.path, b.contribution.path));
  const joined = new Map<string, JoinedVersion>();
  const places = new Map<string, VersionPart>();
  for (const part of parts) {
    const key = part.vid.toLowerCase();
    const first = places.get(key);
    const here = part.version.source ?? { file: part.contribution.path, pointer: '' };
    const there = first?.version.source ?? { file: first?.contribution.path ?? '', pointer: '' };
    if (first && first.vid !== part.vid) reportCaseClash(state, part.vid, here, first.vid, there);
    else if (first && first.place !== part.place) reportDuplicate(state, `Version ${rs.xid}/versions/${part.vid}`, here, there);
    else {
      if (!first) {
        places.set(key, part);
        joined.set(key, emptyJoined(part.vid));
      }
      addPart(state, `${rs.xid}/versions/${part.vid}`, joined.get(key)!, part);
    }
  }
  applyShared(state, rs, joined);
  rs.node.versions = new Map([...joined.values()].map((j) => [j.node.id, j.node]));
  if (rs.needsDocument && ![...joined.values()].some((j) => j.node.document !== undefined)) {
    state.diagnostics.report('layout/orphan-sidecar', { file: rs.needsDocument.file, entity: rs.xid }, rs.needsDocument);
  }
  for (const j of joined.values()) if (j.document) finishInference(state, rs, j);
  return history;
}

/**
 * The full form's `<singular>.details.yaml` (§6.4): joined into the history Version, overlaid
 * under each explicit Version's own attributes, or, alone, the Resource's single Version.
 */
function applyShared(state: MergeState, rs: ResourceState, joined: Map<string, JoinedVersion>): void {
  const [shared, ...extra] = rs.shared;
  if (!shared) return;
  for (const e of extra) reportDuplicate(state, `The attributes of ${rs.xid}`, e.version.source ?? { file: e.contribution.path, pointer: '' }, shared.version.source ?? { file: shared.contribution.path, pointer: '' });
  const xid = (vid: string): string => `${rs.xid}/versions/${vid}`;
  if (joined.size > 0) {
    for (const j of joined.values()) addPart(state, xid(j.node.id), j, shared, !rs.history || rs.explicitFiles !== undefined);
    return;
  }
  const lone = emptyJoined(HISTORY_VERSION_ID);
  addPart(state, xid(HISTORY_VERSION_ID), lone, shared);
  joined.set(HISTORY_VERSION_ID, lone);
}
