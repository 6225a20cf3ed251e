import type { DiagnosticArgs, Severity } from '@xrgit/core';
import type { FormatsCode } from './formats-catalogue.js';

/** Identifies one format module. */
export type FormatId = 'jsonschema' | 'avro' | 'protobuf' | 'xsd' | 'jsonstructure';

/**
 * A problem found in one schema document: a rule id of the formats catalogue, the arguments of its
 * message, and where it applies. `pointer` is a JSON Pointer into the document for JSON-based
 * formats, a dotted name (`pkg.Message.field`) for Protobuf and Avro, or absent when the finding
 * concerns the whole document. Line and column are 1-based and present only when known.
 */
export interface FormatFinding {
  code: FormatsCode;
  severity: Severity;
  args: DiagnosticArgs;
  pointer?: string;
  line?: number;
  column?: number;
}

/**
 * One incompatibility between two versions of a schema. `pointer` locates the change in the new
 * schema and `oldPointer` in the old one (they differ when a definition moved, or when the
 * subject exists on one side only). `counterexample` is an instance accepted by one side and
 * rejected by the other: a JSON value for JSON Schema (verified with ajv before it is reported),
 * a description for Avro and Protobuf. `acceptedBy` says which side accepts it.
 */
export interface CompatFinding {
  code: FormatsCode;
  args: DiagnosticArgs;
  pointer: string;
  oldPointer?: string;
  counterexample?: { value: unknown; acceptedBy: 'old' | 'new' } | { description: string };
}

/** The outcome of comparing two versions in one direction. Never `compatible` when unsure. */
export type Verdict =
  | { verdict: 'compatible' }
  | { verdict: 'incompatible'; findings: CompatFinding[] }
  | { verdict: 'unknown'; reason: string };

/**
 * `backward`: readers using the NEW schema can read data written with the OLD one (for JSON
 * Schema: every instance valid under old is valid under new). `forward`: the reverse.
 */
export type Direction = 'backward' | 'forward';

/** Lets a validator load documents referenced by URI (other schemas of the registry). */
export interface FormatContext {
  resolve?: (uri: string) => Uint8Array | undefined;
}

/** One format: validation of a document and compatibility between two versions. */
export interface FormatModule {
  id: FormatId;
  /** Does this module handle the xRegistry `format` value (compared case-insensitively)? */
  matches(format: string): boolean;
  /** Patterns for `capabilities.formats`, e.g. `jsonschema/draft-07`. */
  readonly patterns: readonly string[];
  /** Checks `doc` against `format`; an empty list means valid. Never throws for bad content. */
  validate(doc: Uint8Array, format: string, ctx?: FormatContext): FormatFinding[];
  /** Compares two versions in one direction; `full` is both directions, combined by the caller. */
  compare(oldDoc: Uint8Array, newDoc: Uint8Array, direction: Direction, format: string, ctx?: FormatContext): Verdict;
}
