import { Diagnostics, groupFromDocument, registryFromDocument, resourceFromDocument, versionFromDocument, type DocumentContext, type ResourceModel } from '@xrgit/core';
import type { PathEntity } from './classify-path.js';
import { resourceXid, treeNodes, type FileContribution, type LayoutDiagnostics } from './file-contribution.js';
import type { LayoutContext } from './layout-context.js';
import { attributeObject, parseSource } from './read-text.js';
import { stripDerived, type DerivedLevel } from './strip-derived.js';

type Reader = (c: FileContribution, raw: Record<string, unknown>, ctx: LayoutContext, diagnostics: LayoutDiagnostics, e?: PathEntity) => void;

/** Reads a YAML or JSON attribute file of kind `c.kind` into `c`. */
export function readEntityFile(c: FileContribution, bytes: Uint8Array, ctx: LayoutContext, diagnostics: LayoutDiagnostics, e?: PathEntity): void {
  const source = parseSource(c.path, bytes, diagnostics);
  if (source) c.source = source;
  const raw = attributeObject(source, diagnostics);
  if (raw === undefined) return;
  const reader = READERS[c.kind];
  if (reader) reader(c, raw, ctx, diagnostics, e);
}

const READERS: Partial<Record<FileContribution['kind'], Reader>> = {
  registry: readRegistry,
  model: (c, raw) => {
    c.tree.modelsource = raw;
  },
  'xreg-document': readXreg,
  group: readGroup,
  'group-file': readGroup,
  'resource-sidecar': readResource,
  message: readResource,
  'version-sidecar': readVersion,
};

/** Runs a conversion of core, forwarding its diagnostics with the layout's name for ignored default-version attributes. */
function viaCore<T>(c: FileContribution, ctx: LayoutContext, diagnostics: LayoutDiagnostics, convert: (dctx: DocumentContext) => T): T {
  const local = new Diagnostics();
  const result = convert({ model: ctx.model, diagnostics: local, file: c.path });
  for (const d of local.items) {
    if (d.code === 'version/mixed-default-attributes') diagnostics.report('layout/ignored-resource-attributes', { xid: String(d.args['xid']) }, d.location);
    else diagnostics.items.push(d);
  }
  return result;
}

function reportDerived(c: FileContribution, raw: Record<string, unknown>, level: DerivedLevel, diagnostics: LayoutDiagnostics): void {
  for (const f of stripDerived(raw, level)) diagnostics.report('layout/derived-attribute', { name: f.name, from: f.from }, { file: c.path, pointer: f.pointer });
}

function readRegistry(c: FileContribution, raw: Record<string, unknown>, ctx: LayoutContext, diagnostics: LayoutDiagnostics): void {
  if (raw['capabilities'] !== undefined) {
    diagnostics.report('layout/capabilities-authored', {}, { file: c.path, pointer: '/capabilities' });
    delete raw['capabilities'];
  }
  reportDerived(c, raw, { level: 'registry', model: ctx.model }, diagnostics);
  c.tree = viaCore(c, ctx, diagnostics, (dctx) => registryFromDocument(raw, dctx));
}

/** A whole xRegistry document: computed attributes are ignored with one warning (docs/layout.md §10). */
function readXreg(c: FileContribution, raw: Record<string, unknown>, ctx: LayoutContext, diagnostics: LayoutDiagnostics): void {
  const found = stripDerived(raw, { level: 'registry', model: ctx.model }).map((f) => f.name);
  if (raw['capabilities'] !== undefined) {
    found.push('capabilities');
    delete raw['capabilities'];
  }
  if (found.length > 0) diagnostics.report('layout/ignored-derived-attribute', { file: c.path, names: [...new Set(found)].sort().join(', ') }, { file: c.path });
  c.tree = viaCore(c, ctx, diagnostics, (dctx) => registryFromDocument(raw, dctx));
  // Only a document that writes Registry attributes defines the Registry (docs/layout.md §11).
  if (Object.keys(c.tree.attributes).length === 0) delete c.tree.source;
}

function readGroup(c: FileContribution, raw: Record<string, unknown>, ctx: LayoutContext, diagnostics: LayoutDiagnostics, e?: PathEntity): void {
  const gm = ctx.group(e!.groups)!;
  reportDerived(c, raw, { level: 'group', group: gm }, diagnostics);
  const group = viaCore(c, ctx, diagnostics, (dctx) => groupFromDocument(raw, e!.gid, gm, dctx, ''));
  treeNodes(c.tree, e!);
  c.tree.groups.get(e!.groups)!.set(e!.gid, group);
}

/** Checks and removes an embedded id that repeats the entity's name. */
function checkEmbeddedId(c: FileContribution, raw: Record<string, unknown>, attribute: string, id: string, by: string, diagnostics: LayoutDiagnostics): void {
  if (raw[attribute] === undefined) return;
  if (raw[attribute] !== id) diagnostics.report('id/mismatched', { attribute, value: String(raw[attribute]), id, by }, { file: c.path, pointer: `/${attribute}` });
  delete raw[attribute];
}

/**
 * A Resource's own attribute file: a compact sidecar `<rid>.details.yaml`, a message
 * `<rid>.yaml`, or the full form's `<singular>.details.yaml` / `message.yaml`, whose Version
 * attributes are shared by every Version of the Resource (docs/layout.md §6.4).
 */
function readResource(c: FileContribution, raw: Record<string, unknown>, ctx: LayoutContext, diagnostics: LayoutDiagnostics, e?: PathEntity): void {
  const rm = ctx.resource(e!.groups, e!.resources!)!;
  reportDerived(c, raw, { level: 'resource', resource: rm }, diagnostics);
  checkEmbeddedId(c, raw, `${rm.singular}id`, e!.rid!, e!.form === 'full' ? 'directory name' : 'file name', diagnostics);
  const resource = viaCore(c, ctx, diagnostics, (dctx) => resourceFromDocument(raw, e!.rid!, rm, dctx, ''));
  const { group } = treeNodes(c.tree, e!);
  group.resources.get(e!.resources!)!.set(e!.rid!, resource);
  if (e!.form === 'full') c.sharedAttributes.push(resourceXid(e!));
  const external = typeof resource.meta['xref'] === 'string' || [...resource.versions.values()].some((v) => v.attributes[`${rm.singular}url`] !== undefined || v.document !== undefined);
  if (c.kind === 'resource-sidecar' && !external) c.needsDocument.push(resourceXid(e!));
}

/** `versions/<vid>.details.yaml` (or a message's `versions/<vid>.yaml`): the attributes of one explicit Version. */
function readVersion(c: FileContribution, raw: Record<string, unknown>, ctx: LayoutContext, diagnostics: LayoutDiagnostics, e?: PathEntity): void {
  const rm: ResourceModel = ctx.resource(e!.groups, e!.resources!)!;
  if (raw['meta'] !== undefined) {
    diagnostics.report('layout/misplaced-meta', { file: c.path, target: `${rm.singular}.details.yaml` }, { file: c.path, pointer: '/meta' });
    delete raw['meta'];
  }
  reportDerived(c, raw, { level: 'version', resource: rm, explicit: true }, diagnostics);
  checkEmbeddedId(c, raw, 'versionid', e!.vid!, 'file name', diagnostics);
  const version = viaCore(c, ctx, diagnostics, (dctx) => versionFromDocument(raw, e!.vid!, rm, dctx, ''));
  treeNodes(c.tree, e!).resource!.versions.set(e!.vid!, version);
}
