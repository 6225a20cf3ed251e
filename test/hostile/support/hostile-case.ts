import type { ScriptedFile } from '@xrgit/git';

/** One diagnostic a hostile input must produce: rule id, file, and the position where it makes sense. */
export interface ExpectedDiagnostic {
  rule: string;
  /** Repository-relative path (registry cases) or the document's name (document cases). */
  file?: string;
  /** Expected xid, for diagnostics that name an entity rather than a file position. */
  xid?: string;
  line?: number;
  column?: number;
}

/**
 * A registry case: files written under `registry/` of a shared repository. Each case owns its
 * files and the xids under `owns`, so that many independent cases share one repository and one
 * CLI run; the errors and warnings attributed to a case must be exactly `expect`.
 */
export interface RegistryCase {
  kind: 'registry';
  category: string;
  name: string;
  /** Paths relative to the registry directory. */
  files: Record<string, ScriptedFile>;
  /** xid prefixes this case owns (default: none besides its files). */
  owns?: readonly string[];
  expect: readonly ExpectedDiagnostic[];
  /** An open bug that keeps `expect` from holding; the case asserts it still does not hold. */
  knownBug?: string;
}

/** A document case: `xrgit validate FILE` (and `xrgit import FILE`) on one file. */
export interface DocumentCase {
  kind: 'document';
  category: string;
  name: string;
  fileName: string;
  content: string | Uint8Array;
  /** Extra files beside the document (a model file, includes). */
  extra?: Record<string, string>;
  args?: readonly string[];
  /** Expected exit code of `validate` (default 1). */
  exit?: number;
  expect: readonly ExpectedDiagnostic[];
}

export type HostileCase = RegistryCase | DocumentCase;

/** A diagnostic as printed by `xrgit validate --format json`. */
export interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
  xid: string | null;
  file: string | null;
  line: number | null;
  column: number | null;
}
