/**
 * What history derivation knows about one entity at one commit: content hashes of its parts.
 * Two prints with the same hashes mean "unchanged".
 */
export interface EntityPrint {
  level: 'registry' | 'group' | 'resource' | 'version';
  /** Hash of the entity's own attributes (for a Resource: of its `meta`). */
  attrs: string;
  /**
   * History-derived Resources only (DESIGN.md §3): hash of the document (bytes, or the
   * `<RESOURCE>url`), hash of the default-version attributes, and those attributes themselves
   * (they are frozen into the Version when the next document change supersedes it).
   */
  history?: { doc: string; versionAttrs: string; attributes: Record<string, unknown>; docBlob?: string };
  /** Explicit Versions only: hash of the document. */
  doc?: string;
}

/** The prints of every entity at one commit, by xid. */
export type RegistryPrint = Map<string, EntityPrint>;
