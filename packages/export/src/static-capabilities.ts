import type { Model } from '@xrgit/core';

/** The APIs a static site serves, each read-only (core/spec.md §`available` Capability). */
export const STATIC_APIS = ['capabilities', 'capabilitiesoffered', 'entities', 'export', 'model', 'modelsource'] as const;

/** The capabilities map of a static site (core/spec.md §Registry Capabilities). */
export interface StaticCapabilities {
  available: Record<string, { mutable: boolean }>;
  compatibilities: Record<string, string[]>;
  flags: string[];
  formats: string[];
  ignores: string[];
  pagination: boolean;
  shortself: boolean;
  specversions: string[];
  versionmodes: string[];
}

/** What the build validated, to be published as it is. */
export interface ValidatedFormats {
  /** Format names (or patterns) the build validated documents of. */
  formats: string[];
  /** Compatibility rules checked, per format. */
  compatibilities: Record<string, string[]>;
}

/** The `versionmode` values the model's Resource types use, sorted. */
function versionModes(model: Model): string[] {
  const modes = new Set<string>();
  for (const g of Object.values(model.groups)) for (const r of Object.values(g.resources)) modes.add(r.versionmode);
  return [...modes].sort();
}

/**
 * Capabilities that tell the truth about a read-only host (core/spec.md §Registry Capabilities,
 * §`available` Capability; spec-core-digest §4.6). Every capability is listed explicitly, also
 * at its default, because "the absence of a capability indicates lack of support":
 * - `available`: each API the site serves, all `mutable: false` (a missing `available` would
 *   default to `entities.mutable: true`);
 * - `flags: []`: a static host ignores every query parameter, so clients must not rely on any
 *   (the reference `xr download -c` writes `null`, which the spec's form does not allow);
 * - `pagination: false`, `shortself: false` (the site never emits `shortself`), `ignores: []`;
 * - `specversions: ["1.0-rc4"]`; `versionmodes` as used by the model;
 * - `formats` and `compatibilities` exactly as given, sorted (the build passes what it validated).
 */
export function staticCapabilities(model: Model, validated: ValidatedFormats): StaticCapabilities {
  const compatibilities: Record<string, string[]> = {};
  for (const key of Object.keys(validated.compatibilities).sort()) compatibilities[key] = [...validated.compatibilities[key]!].sort();
  return {
    available: Object.fromEntries(STATIC_APIS.map((api) => [api, { mutable: false }])),
    compatibilities,
    flags: [],
    formats: [...validated.formats].sort(),
    ignores: [],
    pagination: false,
    shortself: false,
    specversions: ['1.0-rc4'],
    versionmodes: versionModes(model),
  };
}

const stringArray = (values: unknown[]): Record<string, unknown> => ({ type: 'array', item: { type: 'string' }, enum: values });
const booleanFixed = (value: boolean): Record<string, unknown> => ({ type: 'boolean', enum: [value] });

/**
 * The `/capabilitiesoffered` map of a static site (core/spec.md §Offered Capabilities): every
 * capability is listed, and since nothing can be changed on a static host, each one offers
 * exactly its published value.
 */
export function capabilitiesOffered(capabilities: Partial<StaticCapabilities>): Record<string, unknown> {
  const c = capabilities;
  const fixedMutable = (m: boolean): Record<string, unknown> => ({ type: 'object', attributes: { mutable: booleanFixed(m) } });
  const availableMap = c.available ?? {};
  const available = { type: 'object', attributes: Object.fromEntries(Object.keys(availableMap).sort().map((api) => [api, fixedMutable(availableMap[api]!.mutable)])) };
  const compatibilities = {
    type: 'object',
    attributes: Object.fromEntries(Object.entries(c.compatibilities ?? {}).map(([format, rules]) => [format, stringArray(rules)])),
  };
  return {
    available,
    compatibilities,
    flags: stringArray(c.flags ?? []),
    formats: stringArray(c.formats ?? []),
    ignores: stringArray(c.ignores ?? []),
    pagination: booleanFixed(c.pagination ?? false),
    shortself: booleanFixed(c.shortself ?? false),
    specversions: stringArray(c.specversions ?? ['1.0-rc4']),
    versionmodes: stringArray(c.versionmodes ?? []),
  };
}
