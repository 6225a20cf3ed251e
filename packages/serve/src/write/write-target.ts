import type { Model } from '@xrgit/core';
import { WriteError } from './write-error.js';

/** What a write request addresses (core/http.md §HTTP API Patterns). */
export type WriteTarget =
  | { kind: 'registry' }
  | { kind: 'groups'; plural: string }
  | { kind: 'group'; plural: string; gid: string }
  | { kind: 'resources'; plural: string; gid: string; rplural: string }
  | { kind: 'resource'; plural: string; gid: string; rplural: string; rid: string; details: boolean }
  | { kind: 'meta'; plural: string; gid: string; rplural: string; rid: string }
  | { kind: 'versions'; plural: string; gid: string; rplural: string; rid: string }
  | { kind: 'version'; plural: string; gid: string; rplural: string; rid: string; vid: string; details: boolean };

const DETAILS = '$details';

function split(seg: string, allowDetails: boolean, path: string): [string, boolean] {
  if (!seg.endsWith(DETAILS)) return [seg, false];
  if (!allowDetails) throw new WriteError('bad_details', path);
  return [seg.slice(0, -DETAILS.length), true];
}

/**
 * Parses a write path against the model. Ids need not exist (PUT creates). Throws
 * `api_not_found` for paths outside the model's URL space (the root APIs included: the model and
 * capabilities of a git-backed registry are changed in its files), `bad_details` for `$details`
 * on anything but a Resource or Version.
 */
export function parseWriteTarget(model: Model, rawPath: string): WriteTarget {
  const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath;
  if (path === '/' || path === '') return { kind: 'registry' };
  const segs = path.slice(1).split('/').map((s) => decodeURIComponent(s));
  const [plural, gidRaw, rplural, ridRaw, sub, vidRaw] = segs;
  const gm = model.groups[plural!];
  if (!gm || segs.length > 6) throw new WriteError('api_not_found', path);
  if (segs.length === 1) return { kind: 'groups', plural: plural! };
  const [gid] = split(gidRaw!, false, path);
  if (segs.length === 2) return { kind: 'group', plural: plural!, gid };
  if (!gm.resources[rplural!]) throw new WriteError('api_not_found', path);
  if (segs.length === 3) return { kind: 'resources', plural: plural!, gid, rplural: rplural! };
  const [rid, rdetails] = split(ridRaw!, true, path);
  const base = { plural: plural!, gid, rplural: rplural!, rid };
  if (segs.length === 4) return { kind: 'resource', ...base, details: rdetails };
  if (rdetails) throw new WriteError('bad_details', path);
  if (sub === 'meta' && segs.length === 5) return { kind: 'meta', ...base };
  if (sub !== 'versions') throw new WriteError('api_not_found', path);
  if (segs.length === 5) return { kind: 'versions', ...base };
  const [vid, vdetails] = split(vidRaw!, true, path);
  return { kind: 'version', ...base, vid, details: vdetails };
}

/** The xid of a target (collections: their parent's xid plus the plural). */
export function targetXid(t: WriteTarget): string {
  switch (t.kind) {
    case 'registry': return '/';
    case 'groups': return `/${t.plural}`;
    case 'group': return `/${t.plural}/${t.gid}`;
    case 'resources': return `/${t.plural}/${t.gid}/${t.rplural}`;
    case 'resource': return `/${t.plural}/${t.gid}/${t.rplural}/${t.rid}`;
    case 'meta': return `/${t.plural}/${t.gid}/${t.rplural}/${t.rid}/meta`;
    case 'versions': return `/${t.plural}/${t.gid}/${t.rplural}/${t.rid}/versions`;
    case 'version': return `/${t.plural}/${t.gid}/${t.rplural}/${t.rid}/versions/${t.vid}`;
  }
}
