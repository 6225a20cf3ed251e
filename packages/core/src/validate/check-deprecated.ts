import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { SourceRef } from '../entities/registry-node.js';

/** core/spec.md §deprecated: `removal` must not be before `effective`. */
export function checkDeprecated(value: unknown, xid: string, source: SourceRef | undefined, diagnostics: Diagnostics): void {
  if (value === null || typeof value !== 'object') return;
  const { effective, removal } = value as Record<string, unknown>;
  if (typeof effective !== 'string' || typeof removal !== 'string') return;
  if (Date.parse(removal) < Date.parse(effective)) {
    diagnostics.report('attribute/deprecated-dates', { removal, effective }, source ? { xid, file: source.file, pointer: `${source.pointer}/deprecated/removal` } : { xid });
  }
}
