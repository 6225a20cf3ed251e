import type { Attributes, ResourceModel, ResourceNode, VersionNode } from '@xrgit/core';
import { placeDocument, type PlacementContext } from './place-document.js';
import { putFile, type WriterState } from './writer-state.js';

/** Attribute names that, written flat on a Resource, core takes for misplaced `meta` (core/spec.md §Meta Entity). */
const META_NAMES = new Set(['defaultversionid', 'defaultversionsticky', 'compatibility', 'xref', 'readonly', 'deprecated']);

/** Where one Resource goes and what the loader needs to know about its type. */
export interface ResourceTarget {
  /** `<GROUPS>/<gid>/<RESOURCES>`. */
  dir: string;
  xid: string;
  model: ResourceModel;
  placement: PlacementContext;
}

const nonEmpty = (o: Attributes): boolean => Object.keys(o).length > 0;

/**
 * Writes one Resource (docs/layout.md §6, §7). Resources with a document in any Version get the
 * full form with explicit versions (`<rid>/versions/<vid>.<ext>` and sidecars), so that every
 * Version keeps its id and history derivation stays off. Resources without documents (messages,
 * external `<RESOURCE>url` documents, `xref`) get one attribute file, `<rid>.yaml` or
 * `<rid>.details.yaml`, except messages with several Versions, which get the directory form.
 */
export function resourceFiles(state: WriterState, at: ResourceTarget, r: ResourceNode): void {
  const versions = [...r.versions.values()];
  const withDocuments = at.model.hasdocument && versions.some((v) => v.document !== undefined);
  if (withDocuments || (!at.model.hasdocument && versions.length > 1)) return explicitVersions(state, at, r);
  const path = `${at.dir}/${r.id}${at.model.hasdocument ? '.details' : ''}.yaml`;
  if (at.model.hasdocument && typeof r.meta['xref'] !== 'string' && nonEmpty(r.meta) && !versions.some((v) => v.attributes[`${at.model.singular}url`] !== undefined)) {
    state.diagnostics.report('import/unrepresentable', { xid: at.xid, detail: `it has "meta" but no version has a document or a "${at.model.singular}url", and the layout keeps the attributes of such a ${at.model.singular} only beside a document` }, {});
    return;
  }
  putFile(state, path, resourceDocument(r), at.xid);
}

/** A Resource without documents in the spec's document shape: flat when it has one Version, else with a `versions` map. */
function resourceDocument(r: ResourceNode): Record<string, unknown> {
  const versions = [...r.versions.values()];
  const meta = nonEmpty(r.meta) ? { meta: r.meta } : {};
  const only = versions.length === 1 ? versions[0]! : undefined;
  if (only && !Object.keys(only.attributes).some((k) => META_NAMES.has(k))) {
    const implied = typeof r.meta['defaultversionid'] === 'string' ? r.meta['defaultversionid'] : '1';
    return { ...(only.id === implied ? {} : { versionid: only.id }), ...only.attributes, ...meta };
  }
  if (versions.length === 0) return meta;
  return { ...meta, versions: Object.fromEntries(versions.map((v) => [v.id, v.attributes])) };
}

/** The full form with explicit versions: `<rid>/<singular>[.details].yaml` for meta, `versions/` for each Version. */
function explicitVersions(state: WriterState, at: ResourceTarget, r: ResourceNode): void {
  const base = `${at.dir}/${r.id}`;
  const docs = at.model.hasdocument;
  if (nonEmpty(r.meta)) {
    putFile(state, `${base}/${at.model.singular}${docs ? '.details' : ''}.yaml`, { meta: r.meta }, at.xid);
  }
  for (const v of r.versions.values()) {
    const xid = `${at.xid}/versions/${v.id}`;
    if (!docs) putFile(state, `${base}/versions/${v.id}.yaml`, v.attributes, xid);
    else versionFiles(state, at, `${base}/versions/${v.id}`, v, xid);
  }
}

/** `versions/<vid>.<ext>` with the document and `versions/<vid>.details.yaml` with what the loader cannot infer. */
function versionFiles(state: WriterState, at: ResourceTarget, stem: string, v: VersionNode, xid: string): void {
  const sidecar = `${stem}.details.yaml`;
  if (v.document === undefined) return putFile(state, sidecar, v.attributes, xid);
  const placed = placeDocument(v.document, v.attributes, at.placement);
  if (placed.kind === 'file') {
    putFile(state, `${stem}.${placed.ext}`, v.document, xid);
    const attrs = Object.fromEntries(Object.entries(v.attributes).filter(([k]) => !placed.omit.includes(k)));
    if (nonEmpty(attrs)) putFile(state, sidecar, attrs, xid);
    return;
  }
  const text = utf8(v.document);
  const attribute = text === undefined ? `${at.model.singular}base64` : at.model.singular;
  state.diagnostics.report('import/document-inlined', { xid, attribute, file: sidecar, reason: placed.reason }, {});
  putFile(state, sidecar, { ...v.attributes, [attribute]: text ?? Buffer.from(v.document).toString('base64') }, xid);
}

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
