import type { Diagnostics, DiagnosticCode, GroupNode, RegistryNode, ResourceNode, SourceFile } from '@xrgit/core';
import type { LayoutFileKind, PathEntity } from './classify-path.js';
import type { DocumentFacts } from './infer-format.js';
import type { LayoutCode } from './layout-catalogue.js';

/** The placeholder id of the single Version of a history-derived Resource; history assigns the real ids. */
export const HISTORY_VERSION_ID = '1';

/** The diagnostics collector the layout reports to: its own rules and core's. */
export type LayoutDiagnostics = Diagnostics<LayoutCode | DiagnosticCode>;

/** A document file's version, with what inference needs at merge time. */
export interface DocumentContribution {
  /** xid of the Version (`/<GROUPS>/<gid>/<RESOURCES>/<rid>/versions/<vid>`). */
  xid: string;
  facts: DocumentFacts;
  /** Whether `format` is inferred for this Resource type (docs/layout.md §8.2). */
  infersFormat: boolean;
  /** Attribute names of that Version in the tree that were inferred; written values override them. */
  inferred: string[];
}

/** What one file of the registry directory contributes to the registry. */
export interface FileContribution {
  /** Path relative to the registry directory, `/` separators. */
  path: string;
  /** What this file defines, as a partial registry tree (only the entities and parts it contributes). */
  tree: RegistryNode;
  /**
   * xids of Resources whose document is this file and whose versions come from git history
   * (compact form, or full form with `<singular>.<ext>`); their single Version in `tree` has the
   * placeholder id {@link HISTORY_VERSION_ID}.
   */
  historyResources: string[];
  /** The parsed file, for positions (undefined for non-text documents and unread files). */
  source?: SourceFile;
  kind: LayoutFileKind;
  /** Documents of this file whose `format`/`contenttype` were inferred (docs/layout.md §8). */
  documents: DocumentContribution[];
  /**
   * xids of Resources whose Version {@link HISTORY_VERSION_ID} in `tree` is not a Version of its
   * own but the attributes every Version of the Resource starts from: the full form's
   * `<singular>.details.yaml` (or `message.yaml`), docs/layout.md §6.4.
   */
  sharedAttributes: string[];
  /**
   * xids of Resources described by this sidecar that name neither a document URL
   * (`<singular>url`) nor `meta.xref`: without a document file they are orphans (§6.2).
   */
  needsDocument: string[];
}

/** An empty contribution of `path`. */
export function emptyContribution(path: string, kind: LayoutFileKind): FileContribution {
  return { path, kind, tree: { attributes: {}, groups: new Map() }, historyResources: [], documents: [], sharedAttributes: [], needsDocument: [] };
}

/** The xid of a Resource. */
export function resourceXid(e: PathEntity): string {
  return `/${e.groups}/${e.gid}/${e.resources}/${e.rid}`;
}

/** Makes (or finds) the Group and, when `e` names one, the Resource of `e` in `tree`; neither gets a source. */
export function treeNodes(tree: RegistryNode, e: PathEntity): { group: GroupNode; resource?: ResourceNode } {
  let groups = tree.groups.get(e.groups);
  if (!groups) tree.groups.set(e.groups, (groups = new Map()));
  let group = groups.get(e.gid);
  if (!group) groups.set(e.gid, (group = { id: e.gid, attributes: {}, resources: new Map() }));
  if (e.resources === undefined || e.rid === undefined) return { group };
  let resources = group.resources.get(e.resources);
  if (!resources) group.resources.set(e.resources, (resources = new Map()));
  let resource = resources.get(e.rid);
  if (!resource) resources.set(e.rid, (resource = { id: e.rid, meta: {}, versions: new Map() }));
  return { group, resource };
}
