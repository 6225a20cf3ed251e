import { resolveXrefs, type EntityTimes, type ViewState } from '@xrgit/core';
import { staticCapabilities } from '@xrgit/export';
import { MODES, supportedFormats, type FormatValidation } from '@xrgit/formats';
import type { LoadedRegistry } from '@xrgit/git';

/** Times of a registry without history (outside git, or before the first commit). */
const NO_HISTORY: EntityTimes = { epoch: 1, createdat: '1970-01-01T00:00:00Z', modifiedat: '1970-01-01T00:00:00Z' };

/**
 * The view state of a registry loaded at a commit: times from history (every entity present at
 * a commit has them; the Registry's times, or {@link NO_HISTORY}, stand in for entities history
 * cannot know), capabilities that tell the truth about a read-only static host, and the format
 * and compatibility validation results.
 */
export function viewStateOf(loaded: LoadedRegistry, formats: FormatValidation): ViewState {
  const patterns = supportedFormats();
  const fallback: EntityTimes = loaded.times('/') ?? NO_HISTORY;
  return {
    registry: resolveXrefs(loaded.registry),
    model: loaded.model,
    times: (xid) => loaded.times(xid) ?? fallback,
    // core/spec.md §Registry Capabilities: formats and compatibilities list exactly what this
    // build validates (the format modules of @xrgit/formats, each with all six modes).
    capabilities: staticCapabilities(loaded.model, { formats: patterns, compatibilities: Object.fromEntries(patterns.map((p) => [p, Object.keys(MODES)])) }) as unknown as Record<string, unknown>,
    modelsource: loaded.modelsource,
    validation: (xid) => formats.results.get(xid),
  };
}
