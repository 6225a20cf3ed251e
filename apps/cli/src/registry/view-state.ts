import type { EntityTimes, ViewState } from '@xrgit/core';
import { staticCapabilities } from '@xrgit/export';
import type { LoadedRegistry } from '@xrgit/git';

/**
 * The view state of a registry loaded at a commit: times from history (every entity present at
 * a commit has them; `fallback` is only for entities history cannot know), capabilities that tell
 * the truth about a read-only static host, and validation results.
 */
export function viewStateOf(loaded: LoadedRegistry, fallback: EntityTimes): ViewState {
  return {
    registry: loaded.registry,
    model: loaded.model,
    times: (xid) => loaded.times(xid) ?? fallback,
    capabilities: staticCapabilities(loaded.model, { formats: [], compatibilities: {} }) as unknown as Record<string, unknown>,
    modelsource: loaded.modelsource,
    // core/spec.md §formatvalidated: present whenever validation is on and a format is set. This
    // build validates no format yet, so it says so instead of claiming a check it did not do.
    validation: (_xid, version, rm) => {
      if (!rm.validateformat || typeof version['format'] !== 'string') return undefined;
      return { formatvalidated: false, formatvalidatedreason: `xrgit does not validate format "${version['format']}" in this version` };
    },
  };
}
