import { didYouMean } from '@xrgit/core';
import { ATTRIBUTE_EXTENSIONS, DOCUMENT_EXTENSIONS, isXregDocumentName, knownExtensionList, sidecarStem, splitExtension } from './document-extensions.js';
import type { LayoutCode } from './layout-catalogue.js';
import type { LayoutContext } from './layout-context.js';

/** What a file of the registry directory is, by its path alone (docs/layout.md §3-§7, §10, §14). */
export type LayoutFileKind =
  | 'registry' | 'model' | 'group' | 'group-file' | 'resource-document' | 'resource-sidecar'
  | 'version-document' | 'version-sidecar' | 'message' | 'xreg-document' | 'ignored' | 'unknown';

/** The entity a file belongs to; ids exactly as written in the path. */
export interface PathEntity {
  groups: string;
  gid: string;
  resources?: string;
  rid?: string;
  vid?: string;
  /** `compact`: `<RESOURCES>/<rid>.*`; `full`: inside `<RESOURCES>/<rid>/`. */
  form?: 'compact' | 'full';
  /** Lower-case extension of a document file. */
  ext?: string;
}

/** A classified path. For `unknown`, the diagnostic to report. */
export interface PathClass {
  kind: LayoutFileKind;
  entity?: PathEntity;
  problem?: { code: LayoutCode; args: Record<string, string> };
}

const unexpected = (name: string, detail: string): PathClass => ({ kind: 'unknown', problem: { code: 'layout/unexpected-entry', args: { name, detail } } });

/** Classifies `path` (relative to the registry directory, `/` separators). */
export function classifyPath(path: string, ctx: LayoutContext): PathClass {
  const segs = path.split('/');
  const name = segs[segs.length - 1]!;
  if (segs.some((s) => s.startsWith('.')) || /\.md$/i.test(name)) return { kind: 'ignored' };
  if (isXregDocumentName(name)) return { kind: 'xreg-document' };
  if (segs.length === 1) return classifyTop(name, ctx);
  if (segs[0] === 'node_modules') return { kind: 'ignored' };
  const groups = segs[0]!;
  if (!ctx.group(groups)) return unknownTopDirectory(groups, ctx);
  if (segs.length === 2) {
    const { stem, ext } = splitExtension(name);
    if (ATTRIBUTE_EXTENSIONS.has(ext)) return { kind: 'group-file', entity: { groups, gid: stem } };
    return unexpected(path, `a file directly in "${groups}/" is a group written as one file, <id>.yaml`);
  }
  const gid = segs[1]!;
  const singular = ctx.group(groups)!.singular;
  if (segs.length === 3) {
    if (new RegExp(`^${singular}\\.(yaml|yml|json)$`).test(name)) return { kind: 'group', entity: { groups, gid } };
    return unexpected(path, `a group directory holds ${singular}.yaml and resource type directories`);
  }
  const resources = segs[2]!;
  const rm = ctx.resource(groups, resources);
  if (!rm) {
    const allowed = Object.keys(ctx.group(groups)!.resources).sort();
    return { kind: 'unknown', problem: { code: 'layout/unknown-resource-type', args: { name: resources, group: groups, allowed: allowed.join(', ') || '(none)', suggestion: didYouMean(resources, allowed) } } };
  }
  const base = { groups, gid, resources };
  if (segs.length === 4) return classifyCompact(name, path, base, rm.hasdocument);
  const rid = segs[3]!;
  if (segs.length === 5) return classifyFull(name, path, { ...base, rid, form: 'full' }, rm.singular, rm.hasdocument);
  if (segs.length === 6 && segs[4] === 'versions') return classifyVersion(name, path, { ...base, rid, form: 'full' }, rm.hasdocument);
  return unexpected(path, `a resource directory holds ${rm.singular}.* files and versions/`);
}

function classifyTop(name: string, ctx: LayoutContext): PathClass {
  const lower = name.toLowerCase();
  if (/^registry\.(yaml|yml|json)$/.test(lower)) return { kind: 'registry' };
  if (/^model\.(yaml|yml|json)$/.test(lower)) return { kind: 'model' };
  if (/^(waivers|xrgit)\.(yaml|yml|json)$/.test(lower)) return { kind: 'ignored' };
  return { kind: 'unknown', problem: { code: 'layout/unknown-entry', args: { name, allowed: ctx.groupPlurals.join(', ') } } };
}

/**
 * A top-level directory that is no Group type: an error when it looks like a misspelt Group
 * type (a near miss, or a name ending in "groups"), otherwise a warning, because the registry
 * directory is often shared with other content (docs/layout.md §3, §14).
 */
function unknownTopDirectory(name: string, ctx: LayoutContext): PathClass {
  const suggestion = didYouMean(name, ctx.groupPlurals);
  const allowed = ctx.groupPlurals.join(', ') || '(none)';
  if (suggestion !== '' || /groups$/i.test(name)) return { kind: 'unknown', problem: { code: 'layout/unknown-group-type', args: { name, allowed, suggestion } } };
  return { kind: 'unknown', problem: { code: 'layout/unknown-entry', args: { name: `${name}/`, allowed } } };
}

function classifyCompact(name: string, path: string, base: PathEntity, hasdocument: boolean): PathClass {
  const side = sidecarStem(name);
  const { stem, ext } = splitExtension(name);
  if (!hasdocument) {
    if (side !== undefined) return reservedSuffix(side);
    if (ATTRIBUTE_EXTENSIONS.has(ext)) return { kind: 'message', entity: { ...base, rid: stem, form: 'compact' } };
    return unexpected(path, `a ${base.resources} entry is <id>.yaml or a directory <id>/`);
  }
  if (side !== undefined) return { kind: 'resource-sidecar', entity: { ...base, rid: side, form: 'compact' } };
  if (DOCUMENT_EXTENSIONS[ext] !== undefined) return { kind: 'resource-document', entity: { ...base, rid: stem, form: 'compact', ext } };
  return { kind: 'unknown', problem: { code: 'layout/unknown-extension', args: { name: path, allowed: knownExtensionList() } } };
}

function classifyFull(name: string, path: string, base: PathEntity, singular: string, hasdocument: boolean): PathClass {
  const { stem, ext } = splitExtension(name);
  if (!hasdocument) {
    if (stem === singular && ATTRIBUTE_EXTENSIONS.has(ext)) return { kind: 'message', entity: base };
    return unexpected(path, `a ${singular} directory holds ${singular}.yaml and versions/`);
  }
  if (sidecarStem(name) === singular) return { kind: 'resource-sidecar', entity: base };
  if (stem === singular && DOCUMENT_EXTENSIONS[ext] !== undefined) return { kind: 'resource-document', entity: { ...base, ext } };
  return unexpected(path, `a ${singular} directory holds ${singular}.details.yaml, ${singular}.<ext> and versions/`);
}

function classifyVersion(name: string, path: string, base: PathEntity, hasdocument: boolean): PathClass {
  const side = sidecarStem(name);
  const { stem, ext } = splitExtension(name);
  if (!hasdocument) {
    if (side !== undefined) return reservedSuffix(side);
    if (ATTRIBUTE_EXTENSIONS.has(ext)) return { kind: 'version-sidecar', entity: { ...base, vid: stem } };
    return unexpected(path, 'a version of a resource without documents is <versionid>.yaml');
  }
  if (side !== undefined) return { kind: 'version-sidecar', entity: { ...base, vid: side } };
  if (DOCUMENT_EXTENSIONS[ext] !== undefined) return { kind: 'version-document', entity: { ...base, vid: stem, ext } };
  return { kind: 'unknown', problem: { code: 'layout/unknown-extension', args: { name: path, allowed: knownExtensionList() } } };
}

function reservedSuffix(stem: string): PathClass {
  return { kind: 'unknown', problem: { code: 'layout/reserved-id', args: { id: `${stem}.details`, detail: 'ids ending in ".details" name sidecars, and resources without documents have none' } } };
}
