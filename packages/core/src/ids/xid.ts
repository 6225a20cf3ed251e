import type { Model } from '../model/model-types.js';

/** A parsed xid (core/spec.md §xid). */
export type ParsedXid =
  | { kind: 'registry' }
  | { kind: 'group'; groups: string; gid: string }
  | { kind: 'resource'; groups: string; gid: string; resources: string; rid: string }
  | { kind: 'meta'; groups: string; gid: string; resources: string; rid: string }
  | { kind: 'version'; groups: string; gid: string; resources: string; rid: string; vid: string };

/**
 * Parses an xid against `model`. Returns the parsed form, or a string saying why it is not a
 * valid xid (unknown types → `malformed_xid` in the spec).
 */
export function parseXid(xid: string, model: Model): ParsedXid | string {
  if (!xid.startsWith('/')) return 'an xid starts with "/"';
  if (xid === '/') return { kind: 'registry' };
  const parts = xid.slice(1).split('/');
  if (parts.some((p) => p === '')) return 'it has an empty segment';
  const [groups, gid, resources, rid, sub, vid, ...rest] = parts;
  const g = model.groups[groups!];
  if (!g) return `"${groups}" is not a group type of the model`;
  if (gid === undefined) return 'it names a collection, not an entity';
  if (resources === undefined) return { kind: 'group', groups: groups!, gid };
  if (!g.resources[resources]) return `"${resources}" is not a resource type of group type "${groups}"`;
  if (rid === undefined) return 'it names a collection, not an entity';
  if (sub === undefined) return { kind: 'resource', groups: groups!, gid, resources, rid };
  if (sub === 'meta' && vid === undefined) return { kind: 'meta', groups: groups!, gid, resources, rid };
  if (sub === 'versions' && vid !== undefined && rest.length === 0) return { kind: 'version', groups: groups!, gid, resources, rid, vid };
  return `"${sub}" cannot follow a resource id (use /meta or /versions/<versionid>)`;
}

/** The xidtype of a parsed xid's level, e.g. `/schemagroups/schemas` for a resource. */
export function xidType(p: ParsedXid): string {
  switch (p.kind) {
    case 'registry':
      return '/';
    case 'group':
      return `/${p.groups}`;
    case 'resource':
    case 'meta':
      return `/${p.groups}/${p.resources}`;
    case 'version':
      return `/${p.groups}/${p.resources}/versions`;
  }
}

/** Builds the xid of a group, resource or version. */
export function formatXid(groups?: string, gid?: string, resources?: string, rid?: string, vid?: string): string {
  if (!groups) return '/';
  let xid = `/${groups}/${gid}`;
  if (resources) xid += `/${resources}/${rid}`;
  if (vid !== undefined) xid += `/versions/${vid}`;
  return xid;
}
