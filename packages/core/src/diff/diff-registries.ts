import type { Attributes, RegistryNode, ResourceNode, VersionNode } from '../entities/registry-node.js';
import { compareIds } from '../views/order-keys.js';

/** What changed in one attribute (top-level; complex values compare as a whole). */
export interface AttributeChange {
  name: string;
  before?: unknown;
  after?: unknown;
}

/** One entity added, removed or changed between two registries. */
export interface EntityChange {
  kind: 'added' | 'removed' | 'changed';
  level: 'registry' | 'group' | 'resource' | 'version';
  xid: string;
  /** Attribute changes (for a Resource: of its meta). Empty for added/removed entities. */
  attributes: AttributeChange[];
  /** Versions only: the document bytes changed (or appeared/disappeared). */
  documentChanged?: boolean;
}

/** The difference between two registries, entity by entity, sorted by xid. */
export interface RegistryDiff {
  changes: EntityChange[];
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), Buffer.from(b.buffer, b.byteOffset, b.length)) === 0;
}

/** Attribute-level changes between two attribute maps (keys in sorted order). */
export function diffAttributes(before: Attributes, after: Attributes): AttributeChange[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const out: AttributeChange[] = [];
  for (const name of names) {
    if (equal(before[name], after[name])) continue;
    const change: AttributeChange = { name };
    if (before[name] !== undefined) change.before = before[name];
    if (after[name] !== undefined) change.after = after[name];
    out.push(change);
  }
  return out;
}

/**
 * The entity-level difference between two authored registries (DESIGN.md §5: the input of
 * `xrgit diff` and `xrgit check`): groups, resources (their meta) and versions added, removed or
 * changed, with attribute and document changes. Registry-computed values (epochs, timestamps)
 * are not part of authored state and so never show up.
 */
export function diffRegistries(before: RegistryNode, after: RegistryNode): RegistryDiff {
  const changes: EntityChange[] = [];
  const reg = diffAttributes(before.attributes, after.attributes);
  if (reg.length > 0) changes.push({ kind: 'changed', level: 'registry', xid: '/', attributes: reg });
  for (const plural of unionKeys(before.groups, after.groups)) {
    const bg = before.groups.get(plural) ?? new Map();
    const ag = after.groups.get(plural) ?? new Map();
    for (const gid of unionKeys(bg, ag)) {
      const gxid = `/${plural}/${gid}`;
      const b = bg.get(gid);
      const a = ag.get(gid);
      entity(changes, 'group', gxid, b?.attributes, a?.attributes);
      for (const rp of unionKeys(b?.resources ?? new Map(), a?.resources ?? new Map())) {
        const br: Map<string, ResourceNode> = b?.resources.get(rp) ?? new Map();
        const ar: Map<string, ResourceNode> = a?.resources.get(rp) ?? new Map();
        for (const rid of unionKeys(br, ar)) diffResource(changes, `${gxid}/${rp}/${rid}`, br.get(rid), ar.get(rid));
      }
    }
  }
  changes.sort((x, y) => (x.xid < y.xid ? -1 : x.xid > y.xid ? 1 : 0));
  return { changes };
}

function diffResource(changes: EntityChange[], rxid: string, b: ResourceNode | undefined, a: ResourceNode | undefined): void {
  entity(changes, 'resource', rxid, b?.meta, a?.meta);
  for (const vid of unionKeys(b?.versions ?? new Map(), a?.versions ?? new Map())) {
    const bv: VersionNode | undefined = b?.versions.get(vid);
    const av: VersionNode | undefined = a?.versions.get(vid);
    const xid = `${rxid}/versions/${vid}`;
    if (!bv || !av) {
      entity(changes, 'version', xid, bv?.attributes, av?.attributes);
      continue;
    }
    const attributes = diffAttributes(bv.attributes, av.attributes);
    const documentChanged = !sameBytes(bv.document, av.document);
    if (attributes.length > 0 || documentChanged) changes.push({ kind: 'changed', level: 'version', xid, attributes, ...(documentChanged ? { documentChanged } : {}) });
  }
}

function entity(changes: EntityChange[], level: EntityChange['level'], xid: string, before: Attributes | undefined, after: Attributes | undefined): void {
  if (before === undefined && after !== undefined) changes.push({ kind: 'added', level, xid, attributes: [] });
  else if (before !== undefined && after === undefined) changes.push({ kind: 'removed', level, xid, attributes: [] });
  else if (before !== undefined && after !== undefined) {
    const attributes = diffAttributes(before, after);
    if (attributes.length > 0) changes.push({ kind: 'changed', level, xid, attributes });
  }
}

function unionKeys<T>(a: Map<string, T>, b: Map<string, T>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].sort(compareIds);
}
