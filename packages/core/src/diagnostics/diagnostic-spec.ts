import type { Severity } from './diagnostic.js';

/** Base of the type URIs of the spec's errors (core/spec.md §Error Processing). */
export const SPEC_ERROR_BASE = 'https://github.com/xregistry/spec/blob/main/core/spec.md#';

/**
 * One entry of a diagnostics catalogue. `message` is a template whose `{name}` placeholders are
 * filled from the diagnostic's args; it says what is wrong and ends with how to fix it.
 * `specError` names the error of core/spec.md §Error Processing that the rule reports, when the
 * spec defines one.
 */
export interface DiagnosticSpec {
  severity: Severity;
  message: string;
  specError?: string;
  /** A short input that triggers the rule; used by the generated docs. */
  example?: string;
  deprecated?: boolean;
  replacedBy?: string;
}
