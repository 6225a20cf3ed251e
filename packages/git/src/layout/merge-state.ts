import type { GroupNode, RegistryNode, ResourceNode, SourceFile, SourceRef, VersionNode } from '@xrgit/core';
import type { DocumentContribution, FileContribution, LayoutDiagnostics } from './file-contribution.js';

/** One file's part of a Version, kept until every file is merged. */
export interface VersionPart {
  vid: string;
  version: VersionNode;
  /** The defining place: Versions of two different places are duplicates. */
  place: string;
  contribution: FileContribution;
  document?: DocumentContribution;
}

/** What the merge knows about one Resource while it collects its files. */
export interface ResourceState {
  xid: string;
  node: ResourceNode;
  group: GroupNode;
  resources: string;
  place: string;
  ref: SourceRef;
  /** Where each `meta` key was written. */
  metaRefs: Map<string, SourceRef>;
  parts: VersionPart[];
  shared: VersionPart[];
  history?: VersionPart;
  explicitFiles?: SourceRef;
  needsDocument?: SourceRef;
}

/** The merge in progress. */
export interface MergeState {
  registry: RegistryNode;
  diagnostics: LayoutDiagnostics;
  files: Map<string, SourceFile>;
  registryRef?: SourceRef;
  modelRef?: SourceRef;
  resources: Map<ResourceNode, ResourceState>;
  /** Where each container node was first seen (for nodes without a defining place). */
  origins: WeakMap<object, SourceRef>;
  /** Per collection, its entries by lower-case id. */
  lower: WeakMap<Map<string, unknown>, Map<string, unknown>>;
}

/** `file:line:column` of a place when known, else the file (and pointer). */
export function describePlace(state: MergeState, ref: SourceRef): string {
  const pos = state.files.get(ref.file)?.positionOf(ref.pointer);
  if (pos) return `${ref.file}:${pos.line}:${pos.column}`;
  return ref.pointer ? `${ref.file} (${ref.pointer})` : ref.file;
}

/** Finds the entry of `map` whose id equals `id` ignoring case. */
export function lookup<T extends { id: string }>(state: MergeState, map: Map<string, T>, id: string): T | undefined {
  return (state.lower.get(map) as Map<string, T> | undefined)?.get(id.toLowerCase());
}

/** Adds `node` to `map` and to its lower-case index. */
export function insert<T extends { id: string }>(state: MergeState, map: Map<string, T>, node: T): void {
  map.set(node.id, node);
  let index = state.lower.get(map);
  if (!index) state.lower.set(map, (index = new Map()));
  index.set(node.id.toLowerCase(), node);
}

/** Reports two definitions of one entity. */
export function reportDuplicate(state: MergeState, entity: string, here: SourceRef, other: SourceRef): void {
  state.diagnostics.report('layout/duplicate-entity', { entity, other: describePlace(state, other) }, { file: here.file, pointer: here.pointer });
}

/** Reports two ids of one collection that differ only in case. */
export function reportCaseClash(state: MergeState, id: string, here: SourceRef, otherId: string, other: SourceRef): void {
  state.diagnostics.report('layout/id-case-clash', { id, other: otherId, place: describePlace(state, other) }, { file: here.file, pointer: here.pointer });
}
