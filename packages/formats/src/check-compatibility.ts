import type { Direction, FormatContext, Verdict } from './format-module.js';
import { formatFor } from './format-for.js';

/** The compatibility modes of xRegistry (core/spec.md `meta.compatibility`). */
export type CompatibilityMode = 'backward' | 'backward_transitive' | 'forward' | 'forward_transitive' | 'full' | 'full_transitive';

/** One version of a schema: its id and document bytes. */
export interface SchemaVersion {
  id: string;
  doc: Uint8Array;
}

/** The verdict of one comparison: the newest version against `againstId` in `direction`. */
export interface PairVerdict {
  newId: string;
  againstId: string;
  direction: Direction;
  result: Verdict;
}

/** The six modes as the directions they check and whether every earlier version is checked. */
export const MODES: Record<CompatibilityMode, { directions: Direction[]; transitive: boolean }> = {
  backward: { directions: ['backward'], transitive: false },
  backward_transitive: { directions: ['backward'], transitive: true },
  forward: { directions: ['forward'], transitive: false },
  forward_transitive: { directions: ['forward'], transitive: true },
  full: { directions: ['backward', 'forward'], transitive: false },
  full_transitive: { directions: ['backward', 'forward'], transitive: true },
};

/**
 * Checks the newest of `versions` (ordered oldest → newest along `ancestorid`) against the one
 * before it, or, for the `_transitive` modes, against EVERY earlier version, not only adjacent
 * pairs: v1→v2→v3 can each be compatible while v1→v3 is not. Returns one verdict per pair and
 * direction, nearest earlier version first; an unsupported format gives `unknown` verdicts.
 */
export function checkCompatibility(versions: readonly SchemaVersion[], mode: CompatibilityMode, format: string, ctx?: FormatContext): PairVerdict[] {
  const newest = versions[versions.length - 1];
  if (!newest || versions.length < 2) return [];
  const { directions, transitive } = MODES[mode];
  const earlier = versions.slice(0, -1).reverse();
  const against = transitive ? earlier : earlier.slice(0, 1);
  const module = formatFor(format);
  const out: PairVerdict[] = [];
  for (const old of against) {
    for (const direction of directions) {
      const result: Verdict = module ? module.compare(old.doc, newest.doc, direction, format, ctx) : { verdict: 'unknown', reason: `no compatibility checker for format "${format}"` };
      out.push({ newId: newest.id, againstId: old.id, direction, result });
    }
  }
  return out;
}

/** Combines verdicts: incompatible if any is, else unknown if any is, else compatible. */
export function combineVerdicts(verdicts: readonly Verdict[]): Verdict {
  const findings = verdicts.flatMap((v) => (v.verdict === 'incompatible' ? v.findings : []));
  if (findings.length > 0) return { verdict: 'incompatible', findings };
  const reasons = verdicts.flatMap((v) => (v.verdict === 'unknown' ? [v.reason] : []));
  return reasons.length > 0 ? { verdict: 'unknown', reason: reasons.join('; ') } : { verdict: 'compatible' };
}
