import { type GroupNode, type RegistryNode, type ResourceNode, type SourceRef } from '@xrgit/core';
import { comparePaths } from '../compare-paths.js';
import { HISTORY_VERSION_ID, type FileContribution, type LayoutDiagnostics } from './file-contribution.js';
import { finishResource } from './finish-resource.js';
import { checkReservedIds } from './check-reserved-ids.js';
import { insert, lookup, reportCaseClash, reportDuplicate, type MergeState, type ResourceState } from './merge-state.js';

/** The registry merged from every file, and which Resources get their versions from history. */
export interface MergedLayout {
  registry: RegistryNode;
  /** xids of the history-derived Resources; each has one Version `HISTORY_VERSION_ID` in `registry`. */
  historyResources: Set<string>;
}

/** The Registry's id when `registry.yaml` names none (docs/layout.md §4.1). */
export const DEFAULT_REGISTRY_ID = 'registry';

/**
 * Merges the partial trees of every file into one registry, in path order (so the result and
 * the diagnostics do not depend on the order of `contributions`): joins documents with their
 * sidecars, applies the full form's shared attributes to explicit versions, finishes the
 * inference of `format` and `contenttype`, and reports the whole-tree rules of docs/layout.md
 * (§6.2 orphans, §6.3 mixed version sources, §11 one place per entity, §12 reserved ids and
 * case clashes). Does not validate attributes against the model (`validateRegistry` does).
 */
export function mergeContributions(contributions: readonly FileContribution[], diagnostics: LayoutDiagnostics): MergedLayout {
  const state: MergeState = {
    registry: { attributes: {}, groups: new Map() },
    diagnostics,
    files: new Map(contributions.flatMap((c) => (c.source ? [[c.path, c.source] as const] : []))),
    resources: new Map(),
    origins: new WeakMap(),
    lower: new WeakMap(),
  };
  const sorted = [...contributions].sort((a, b) => comparePaths(a.path, b.path));
  for (const c of sorted) mergeFile(state, c);
  const historyResources = new Set<string>();
  for (const rs of state.resources.values()) if (finishResource(state, rs)) historyResources.add(rs.xid);
  if (state.registry.attributes['registryid'] === undefined) state.registry.attributes['registryid'] = DEFAULT_REGISTRY_ID;
  checkReservedIds(state);
  return { registry: state.registry, historyResources };
}

function mergeFile(state: MergeState, c: FileContribution): void {
  const t = c.tree;
  if (t.source) {
    if (state.registryRef) reportDuplicate(state, 'The Registry', t.source, state.registryRef);
    else {
      state.registry.attributes = { ...t.attributes };
      state.registry.source = state.registryRef = t.source;
    }
  }
  if (t.modelsource) {
    const ref = { file: c.path, pointer: c.kind === 'model' ? '' : '/modelsource' };
    if (state.modelRef) reportDuplicate(state, 'The model source', ref, state.modelRef);
    else {
      state.registry.modelsource = t.modelsource;
      state.modelRef = ref;
    }
  }
  for (const [plural, groups] of t.groups) {
    let target = state.registry.groups.get(plural);
    if (!target) state.registry.groups.set(plural, (target = new Map()));
    for (const group of groups.values()) mergeGroup(state, c, plural, target, group);
  }
}

function mergeGroup(state: MergeState, c: FileContribution, plural: string, target: Map<string, GroupNode>, group: GroupNode): void {
  const here = group.source ?? { file: c.path, pointer: '' };
  let node = lookup(state, target, group.id);
  if (node && node.id !== group.id) return reportCaseClash(state, group.id, here, node.id, node.source ?? state.origins.get(node)!);
  if (!node) {
    insert(state, target, (node = { id: group.id, attributes: {}, resources: new Map() }));
    state.origins.set(node, here);
  }
  if (group.source) {
    if (node.source) reportDuplicate(state, `Group /${plural}/${group.id}`, group.source, node.source);
    else {
      node.attributes = { ...group.attributes };
      node.source = group.source;
    }
  }
  for (const [rplural, resources] of group.resources) {
    let coll = node.resources.get(rplural);
    if (!coll) node.resources.set(rplural, (coll = new Map()));
    for (const resource of resources.values()) mergeResource(state, c, { xid: `/${plural}/${node.id}/${rplural}`, group: node, plural: rplural, coll }, resource);
  }
}

interface Collection {
  xid: string;
  group: GroupNode;
  plural: string;
  coll: Map<string, ResourceNode>;
}

/**
 * The place that defines a Resource (docs/layout.md §11): a Group file or `.xreg` document
 * defines what it inlines; a compact document and its sidecar share `<RESOURCES>/<rid>`; every
 * file in a full-form directory shares `<RESOURCES>/<rid>/`.
 */
function resourcePlace(c: FileContribution, rid: string): string {
  const segs = c.path.split('/');
  if (['registry', 'xreg-document', 'group', 'group-file'].includes(c.kind)) return c.path;
  if (segs.length >= 5) return `${segs.slice(0, 4).join('/')}/`;
  return `${segs.slice(0, 3).join('/')}/${rid}`;
}

function mergeResource(state: MergeState, c: FileContribution, at: Collection, resource: ResourceNode): void {
  const here: SourceRef = resource.source ?? { file: c.path, pointer: '' };
  const xid = `${at.xid}/${resource.id}`;
  const place = resourcePlace(c, resource.id);
  let node = lookup(state, at.coll, resource.id);
  if (node && node.id !== resource.id) return reportCaseClash(state, resource.id, here, node.id, state.resources.get(node)!.ref);
  let rs = node ? state.resources.get(node)! : undefined;
  if (rs && rs.place !== place) return reportDuplicate(state, `Resource ${xid}`, here, rs.ref);
  if (!node || !rs) {
    insert(state, at.coll, (node = { id: resource.id, meta: {}, versions: new Map(), source: here }));
    rs = { xid, node, group: at.group, resources: at.plural, place, ref: here, metaRefs: new Map(), parts: [], shared: [] };
    state.resources.set(node, rs);
  }
  mergeMeta(state, rs, resource, c);
  if (c.needsDocument.includes(xid)) rs.needsDocument = here;
  const shared = c.sharedAttributes.includes(xid);
  const history = c.historyResources.includes(xid);
  const explicitFile = c.kind === 'version-document' || c.kind === 'version-sidecar';
  for (const [vid, version] of resource.versions) {
    const part = { vid, version, place: explicitFile ? `${place}versions/${vid}` : place, contribution: c, document: c.documents.find((d) => d.xid === `${xid}/versions/${vid}`) };
    // A shared attribute file has one Version node whatever its id: core's Resource processing
    // names it after meta.defaultversionid when that is set, but its attributes apply to every
    // Version of the resource (docs/layout.md §6.4).
    if (shared && resource.versions.size === 1) rs.shared.push(part);
    else if (history && vid === HISTORY_VERSION_ID) {
      // Two document files of one compact Resource (`s.json` beside `s.avsc`): the second is a
      // second definition of the same document, never a silent replacement.
      if (rs.history) reportDuplicate(state, `The document of ${xid}`, { file: c.path, pointer: '' }, { file: rs.history.contribution.path, pointer: '' });
      else rs.history = part;
    }
    else rs.parts.push(part);
    if (explicitFile) rs.explicitFiles ??= { file: c.path, pointer: '' };
  }
}

function mergeMeta(state: MergeState, rs: ResourceState, resource: ResourceNode, c: FileContribution): void {
  const metaRef = resource.metaSource ?? { file: c.path, pointer: '/meta' };
  for (const [key, value] of Object.entries(resource.meta)) {
    const here = { file: metaRef.file, pointer: `${metaRef.pointer}/${key}` };
    const other = rs.metaRefs.get(key);
    if (other) reportDuplicate(state, `"meta.${key}" of ${rs.xid}`, here, other);
    else {
      Object.defineProperty(rs.node.meta, key, { value, enumerable: true, writable: true, configurable: true });
      rs.node.metaSource ??= metaRef;
      rs.metaRefs.set(key, here);
    }
  }
}
