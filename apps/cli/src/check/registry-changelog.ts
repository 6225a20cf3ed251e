import { diffRegistries, type AttributeChange, type EntityChange, type RegistryNode, type ValidationResult } from '@xrgit/core';
import type { FormatValidation } from '@xrgit/formats';
import type { RegistryReferences, Users } from './registry-references.js';
import { resourceXidOf } from './registry-walk.js';

/** A deprecation announced by a change: `meta.deprecated` of a Resource or `deprecated` of a Group. */
export interface Deprecation {
  effective?: string;
  /** The sunset: when the entity may be removed. */
  removal?: string;
  alternative?: string;
  docs?: string;
}

/**
 * The compatibility verdict of a new or changed schema version under its Resource's declared
 * `meta.compatibility` (`mode: null` = not declared, so not checked).
 */
export interface ChangelogVerdict {
  mode: string | null;
  verdict: 'compatible' | 'incompatible' | 'unknown' | 'not-declared';
  reason?: string;
}

/** One line of the registry changelog. */
export interface ChangelogEntry extends EntityChange {
  deprecation?: Deprecation;
  verdict?: ChangelogVerdict;
  /** For changes of schemas and messages: the messages and endpoints that use them (in the head). */
  affected?: Users;
}

/** The changelog between two registries, sorted by xid. */
export interface Changelog {
  entries: ChangelogEntry[];
}

/** Inputs of {@link registryChangelog}. */
export interface ChangelogInput {
  base: RegistryNode;
  head: RegistryNode;
  /** Format and compatibility results of the head. */
  formats: FormatValidation;
  references: RegistryReferences;
}

/**
 * The registry changelog base → head (DESIGN.md §5): every added, removed or changed group,
 * resource and version with attribute-level changes and document changes, the deprecations a
 * change announces, the verdict of each new schema version, and who uses what changed.
 */
export function registryChangelog(input: ChangelogInput): Changelog {
  const entries = diffRegistries(input.base, input.head).changes.map((c) => describe(c, input));
  return { entries };
}

function describe(change: EntityChange, input: ChangelogInput): ChangelogEntry {
  const entry: ChangelogEntry = { ...change };
  const deprecated = change.attributes.find((a) => a.name === 'deprecated');
  if (deprecated && isObject(deprecated.after)) entry.deprecation = deprecationOf(deprecated);
  const kind = change.xid.split('/')[3];
  if (kind === 'schemas') {
    entry.affected = input.references.usersOfSchema(resourceXidOf(change.xid));
    if (change.level === 'version' && (change.kind === 'added' || change.documentChanged)) entry.verdict = verdictOf(input, change.xid);
  } else if (kind === 'messages') entry.affected = input.references.usersOfMessage(resourceXidOf(change.xid));
  return entry;
}

function deprecationOf(change: AttributeChange): Deprecation {
  const d = change.after as Record<string, unknown>;
  const out: Deprecation = {};
  for (const k of ['effective', 'removal', 'alternative', 'docs'] as const) if (typeof d[k] === 'string') out[k] = d[k] as string;
  return out;
}

function verdictOf(input: ChangelogInput, vxid: string): ChangelogVerdict {
  const resource = input.head.groups.get(vxid.split('/')[1]!)?.get(vxid.split('/')[2]!)?.resources.get('schemas')?.get(vxid.split('/')[4]!);
  const mode = resource?.meta['compatibility'];
  if (typeof mode !== 'string' || mode === 'none') return { mode: null, verdict: 'not-declared' };
  const r: ValidationResult | undefined = input.formats.results.get(vxid);
  if (r?.compatibilityvalidated === true) return { mode, verdict: 'compatible' };
  const reason = r?.compatibilityvalidatedreason ?? r?.formatvalidatedreason ?? 'the version was not validated';
  if (reason === `not ${mode} compatible`) return { mode, verdict: 'incompatible', reason };
  return { mode, verdict: 'unknown', reason };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
