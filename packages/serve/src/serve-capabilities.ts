import type { ViewState } from '@xrgit/core';

/** The request flags this server implements, exactly (core/spec.md §`flags` Capability). */
export const SERVE_FLAGS = ['binary', 'collections', 'doc', 'filter', 'inline', 'sort', 'specversion'] as const;

/** The specification versions served (major.minor plus suffix; the patch is ignored). */
export const SPEC_VERSIONS = ['1.0-rc4'] as const;

/**
 * The capabilities of this server (core/spec.md §Registry Capabilities): the snapshot's own
 * (formats, compatibilities, versionmodes …) with what the server itself decides on top: every
 * API it serves listed in `available` as read-only (a missing `available` would mean
 * `entities.mutable: true`), the flags it implements, and pagination. Keys sorted.
 */
export function serveCapabilities(state: ViewState, withOffered: boolean, writable?: { ignores: readonly string[] }): Record<string, unknown> {
  const apis = ['capabilities', ...(withOffered ? ['capabilitiesoffered'] : []), 'entities', 'export', 'model', 'modelsource'];
  const caps: Record<string, unknown> = {
    ...state.capabilities,
    // with the write API (src/write), entities are writable; the model and capabilities live in files
    available: Object.fromEntries(apis.map((api) => [api, { mutable: writable !== undefined && api === 'entities' }])),
    ...(writable ? { ignores: [...writable.ignores] } : {}),
    flags: [...SERVE_FLAGS],
    pagination: true,
    shortself: false,
    specversions: [...SPEC_VERSIONS],
  };
  return Object.fromEntries(Object.keys(caps).sort().map((k) => [k, caps[k]]));
}

/** Whether a `?specversion` value names a served version (case-insensitive; patch ignored, suffix kept). */
export function supportsSpecVersion(value: string): boolean {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?(-.+)?$/i.exec(value.trim());
  if (!m) return false;
  const wanted = `${m[1]}.${m[2]}${m[3] ?? ''}`.toLowerCase();
  return SPEC_VERSIONS.some((v) => v.toLowerCase() === wanted);
}
