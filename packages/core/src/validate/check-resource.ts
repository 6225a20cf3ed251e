import { validateAttributes, type AttributeContext } from '../attributes/validate-attributes.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Location } from '../diagnostics/diagnostic.js';
import { documentAttributeNames } from '../entities/document-attributes.js';
import type { ResourceNode, SourceRef, VersionNode } from '../entities/registry-node.js';
import { parseXid } from '../ids/xid.js';
import type { Model, ResourceModel } from '../model/model-types.js';
import { computeLineage, type LineageProblem } from '../versions/compute-lineage.js';
import { checkDeprecated } from './check-deprecated.js';

/** What a resource check needs. */
export interface ResourceCheck {
  model: Model;
  rm: ResourceModel;
  groups: string;
  resources: string;
  xid: string;
  diagnostics: Diagnostics;
  /** True when the xid exists in the registry (for xref targets). */
  exists: (xid: string) => boolean;
}

function at(xid: string, source: SourceRef | undefined, sub = ''): Location {
  return source ? { xid, file: source.file, pointer: source.pointer + sub } : { xid };
}

/** Validates one Resource: meta, every Version, lineage and default, xref, limits. */
export function checkResource(resource: ResourceNode, c: ResourceCheck): void {
  const { rm, xid, diagnostics } = c;
  const idAttr = `${rm.singular}id`;
  const metaCtx: AttributeContext = { model: c.model, diagnostics, xid: `${xid}/meta`, entity: `meta of ${xid}`, source: resource.metaSource };
  validateAttributes(resource.meta, rm.metaattributes, metaCtx, new Set([idAttr]));
  checkEmbeddedId(resource.meta, idAttr, resource.id, `${xid}/meta`, resource.metaSource, diagnostics);
  checkDeprecated(resource.meta['deprecated'], `${xid}/meta`, resource.metaSource, diagnostics);
  if (typeof resource.meta['xref'] === 'string') return checkXref(resource, resource.meta['xref'], c);
  if (resource.versions.size === 0) diagnostics.report('entity/no-versions', { xid }, at(xid, resource.source));
  const docNames = documentAttributeNames(rm);
  const exempt = new Set([idAttr, 'versionid', docNames.inline, docNames.base64]);
  for (const v of resource.versions.values()) {
    const vxid = `${xid}/versions/${v.id}`;
    validateAttributes(v.attributes, rm.attributes, { model: c.model, diagnostics, xid: vxid, entity: `version ${vxid}`, source: v.source }, exempt);
    checkEmbeddedId(v.attributes, idAttr, resource.id, vxid, v.source, diagnostics);
  }
  checkVersioning(resource, c);
  checkMatchVersions(resource, c);
}

function checkEmbeddedId(attrs: Record<string, unknown>, idAttr: string, id: string, xid: string, source: SourceRef | undefined, diagnostics: Diagnostics): void {
  const v = attrs[idAttr];
  if (v !== undefined && v !== id) diagnostics.report('id/mismatched', { attribute: idAttr, value: String(v), id, by: 'path' }, at(xid, source, `/${idAttr}`));
}

function checkVersioning(resource: ResourceNode, c: ResourceCheck): void {
  const { rm, xid, diagnostics } = c;
  const lineage = computeLineage(resource, rm);
  for (const p of lineage.problems) reportLineage(p, resource, c);
  if (rm.maxversions > 0 && resource.versions.size > rm.maxversions) {
    diagnostics.report('version/too-many', { xid, count: resource.versions.size, max: rm.maxversions }, at(xid, resource.source));
  }
  if (rm.maxversions === 1 && resource.meta['defaultversionsticky'] === true) {
    diagnostics.report('version/sticky-single', { resource: rm.plural, xid }, at(`${xid}/meta`, resource.metaSource, '/defaultversionsticky'));
  }
  if (!rm.setversionid) {
    const expected = [...resource.versions.keys()].every((id, i) => id === String(i + 1));
    if (!expected) for (const v of resource.versions.values()) diagnostics.report('version/id-not-allowed', { resource: rm.plural, version: v.id }, at(`${xid}/versions/${v.id}`, v.source));
  }
}

function reportLineage(p: LineageProblem, resource: ResourceNode, c: ResourceCheck): void {
  const { xid, diagnostics, rm } = c;
  const vsrc = (id: string): VersionNode | undefined => resource.versions.get(id);
  switch (p.kind) {
    case 'unknown-ancestor':
      return diagnostics.report('version/unknown-ancestor', { version: p.version, ancestor: p.ancestor }, at(`${xid}/versions/${p.version}`, vsrc(p.version)?.source, '/ancestorid'));
    case 'cycle':
      return diagnostics.report('version/ancestor-cycle', { version: p.version, chain: p.chain.join(' -> ') }, at(`${xid}/versions/${p.version}`, vsrc(p.version)?.source, '/ancestorid'));
    case 'multiple-roots':
      return diagnostics.report('version/multiple-roots', { resource: rm.plural, xid, roots: p.roots.map((r) => `"${r}"`).join(', ') }, at(xid, resource.source));
    case 'invalid-semver':
      return diagnostics.report('version/invalid-semver', { version: p.version, xid }, at(`${xid}/versions/${p.version}`, vsrc(p.version)?.source));
    case 'sticky-unknown':
      return diagnostics.report('version/sticky-unknown', { version: p.version, xid }, at(`${xid}/meta`, resource.metaSource, '/defaultversionid'));
  }
}

/** matchversions (core/model.md): the attribute has the same value in every Version. */
function checkMatchVersions(resource: ResourceNode, c: ResourceCheck): void {
  const versions = [...resource.versions.values()];
  for (const def of Object.values(c.rm.attributes)) {
    if (!def.matchversions || versions.length < 2) continue;
    const first = versions[0]!;
    const norm = (v: unknown): unknown => (typeof v === 'string' && def.name === 'format' ? v.toLowerCase() : v);
    for (const v of versions.slice(1)) {
      if (norm(v.attributes[def.name]) === norm(first.attributes[def.name])) continue;
      c.diagnostics.report(
        'version/mismatched-attribute',
        { name: def.name, xid: c.xid, version: v.id, value: JSON.stringify(v.attributes[def.name]), other: first.id, otherValue: JSON.stringify(first.attributes[def.name]) },
        at(`${c.xid}/versions/${v.id}`, v.source, `/${def.name}`),
      );
    }
  }
}

/** core/spec.md §Cross Referencing Resources: syntax, same type, nothing else defined, dangling = warning. */
function checkXref(resource: ResourceNode, xref: string, c: ResourceCheck): void {
  const loc = at(`${c.xid}/meta`, resource.metaSource, '/xref');
  const parsed = parseXid(xref, c.model);
  const args = { xref, groups: c.groups, resources: c.resources };
  if (typeof parsed === 'string') return c.diagnostics.report('xref/malformed', { ...args, detail: parsed }, loc);
  if (parsed.kind !== 'resource' || parsed.resources !== c.resources || c.model.groups[parsed.groups]?.resources[parsed.resources] !== c.rm) {
    return c.diagnostics.report('xref/malformed', { ...args, detail: 'it must name a resource of the same resource type' }, loc);
  }
  if (xref === c.xid) return c.diagnostics.report('xref/malformed', { ...args, detail: 'a resource cannot reference itself' }, loc);
  const allowedMeta = new Set(['xref', 'epoch', `${c.rm.singular}id`]);
  for (const k of Object.keys(resource.meta)) if (!allowedMeta.has(k)) c.diagnostics.report('xref/extra-attribute', { xid: c.xid, name: `meta.${k}` }, at(`${c.xid}/meta`, resource.metaSource, `/${k}`));
  if (resource.versions.size > 0) c.diagnostics.report('xref/extra-attribute', { xid: c.xid, name: 'versions' }, at(c.xid, resource.source));
  if (!c.exists(xref)) c.diagnostics.report('xref/dangling', { xid: c.xid, xref }, loc);
}
