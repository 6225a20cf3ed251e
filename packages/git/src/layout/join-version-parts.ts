import type { SourceRef, VersionNode } from '@xrgit/core';
import type { DocumentContribution } from './file-contribution.js';
import { describePlace, reportDuplicate, type MergeState, type VersionPart } from './merge-state.js';

/** A Version joined from its parts, with what inference still needs. */
export interface JoinedVersion {
  node: VersionNode;
  /** Attribute names whose values were inferred, not written. */
  inferred: Set<string>;
  /** Where each attribute was written. */
  refs: Map<string, SourceRef>;
  document?: DocumentContribution;
  /** Whether `node.source` is an attribute file (preferred over the document for locating attributes). */
  attributed: boolean;
}

const isDocumentFile = (p: VersionPart): boolean => p.contribution.kind === 'resource-document' || p.contribution.kind === 'version-document';

/** A fresh joined Version with no parts. */
export function emptyJoined(id: string): JoinedVersion {
  return { node: { id, attributes: {} }, inferred: new Set(), refs: new Map(), attributed: false };
}

/**
 * Adds one part to a Version (docs/layout.md §6.2, §11): a written attribute replaces an
 * inferred one, two written values of one attribute are `layout/duplicate-entity`, two
 * documents are `layout/duplicate-document` (file and inline) or `layout/duplicate-entity`
 * (two files). `overlay` lets the part's written values yield to ones already present
 * (the full form's shared attributes under a version's own sidecar, §6.4).
 */
export function addPart(state: MergeState, xid: string, joined: JoinedVersion, part: VersionPart, overlay = false): void {
  const v = part.version;
  const base: SourceRef = v.source ?? { file: part.contribution.path, pointer: '' };
  if (v.document !== undefined) addDocument(state, xid, joined, part);
  const inferred = new Set(part.document?.inferred ?? []);
  for (const [key, value] of Object.entries(v.attributes)) {
    const here = { file: base.file, pointer: `${base.pointer}/${key}` };
    const has = Object.hasOwn(joined.node.attributes, key);
    const written = !inferred.has(key);
    if (has && !joined.inferred.has(key) && (!written || overlay)) continue;
    if (has && !joined.inferred.has(key)) {
      reportDuplicate(state, `"${key}" of ${xid}`, here, joined.refs.get(key)!);
      continue;
    }
    if (has && !written) continue;
    // defineProperty, not assignment: an attribute named `__proto__` must stay an attribute (and
    // be reported as unknown), never become the object's prototype.
    Object.defineProperty(joined.node.attributes, key, { value, enumerable: true, writable: true, configurable: true });
    joined.refs.set(key, here);
    if (written) joined.inferred.delete(key);
    else joined.inferred.add(key);
  }
  if (!isDocumentFile(part) && !joined.attributed) {
    joined.node.source = base;
    joined.attributed = true;
  }
  joined.node.source ??= base;
  if (part.document) joined.document = part.document;
}

function addDocument(state: MergeState, xid: string, joined: JoinedVersion, part: VersionPart): void {
  const v = part.version;
  const here = v.documentSource ?? { file: part.contribution.path, pointer: '' };
  const other = joined.node.documentSource;
  if (joined.node.document !== undefined && other) {
    const inline = here.pointer !== '' ? here : other.pointer !== '' ? other : undefined;
    if (inline) {
      const file = inline === here ? other : here;
      state.diagnostics.report('layout/duplicate-document', { entity: xid, other: describePlace(state, file), attribute: inline.pointer.slice(inline.pointer.lastIndexOf('/') + 1) }, inline);
    } else reportDuplicate(state, `The document of ${xid}`, here, other);
    return;
  }
  joined.node.document = v.document;
  joined.node.documentSource = here;
}
