/**
 * The authored state of a registry: what files or an xRegistry document say, before the registry
 * computes its own attributes (self, xid, urls, counts, isdefault, ...). Loaders (an xRegistry
 * document, the directory layout, git history) produce it; validation and views consume it.
 *
 * Attribute maps hold plain JSON values. Documents of hasdocument Resources are kept as bytes;
 * `<RESOURCE>url` stays an ordinary attribute of the Version.
 */

/** Where an entity (or one attribute, via `pointer`) was written: a file and a JSON Pointer into it. */
export interface SourceRef {
  file: string;
  pointer: string;
}

export type Attributes = Record<string, unknown>;

export interface VersionNode {
  id: string;
  attributes: Attributes;
  /** The document bytes when stored in the registry (absent for `<RESOURCE>url` or hasdocument=false). */
  document?: Uint8Array;
  /** Where the document bytes come from, when that is a file of their own. */
  documentSource?: SourceRef;
  source?: SourceRef;
}

export interface ResourceNode {
  id: string;
  /** Authored `meta` attributes (compatibility, deprecated, defaultversionid, xref, ...). */
  meta: Attributes;
  /** Versions by id, in the order they were read. */
  versions: Map<string, VersionNode>;
  source?: SourceRef;
  metaSource?: SourceRef;
}

export interface GroupNode {
  id: string;
  attributes: Attributes;
  /** Resource collections by Resource-type plural. */
  resources: Map<string, Map<string, ResourceNode>>;
  source?: SourceRef;
}

export interface RegistryNode {
  attributes: Attributes;
  /** Group collections by Group-type plural. */
  groups: Map<string, Map<string, GroupNode>>;
  /** The modelsource the registry uses, as authored. */
  modelsource?: Record<string, unknown>;
  /** Capabilities as authored, if any. */
  capabilities?: Record<string, unknown>;
  source?: SourceRef;
}

/** An empty registry. */
export function emptyRegistry(): RegistryNode {
  return { attributes: {}, groups: new Map() };
}
