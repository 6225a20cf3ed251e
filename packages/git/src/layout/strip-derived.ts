import type { GroupModel, Model, ResourceModel } from '@xrgit/core';

/** A computed attribute found in an authored file (docs/layout.md §13). */
export interface DerivedFinding {
  name: string;
  /** JSON Pointer of the key in the file. */
  pointer: string;
  /** Where the value comes from, for the message. */
  from: string;
}

const PATH = "the spec version and the entity's path";
const HISTORY = 'git history';
const TREE = 'the tree';
const COMMON: Record<string, string> = { specversion: PATH, self: PATH, shortself: PATH, xid: PATH, epoch: HISTORY, createdat: HISTORY, modifiedat: HISTORY };
const VERSION: Record<string, string> = {
  ...COMMON, metaurl: TREE, versionsurl: TREE, versionscount: TREE, isdefault: 'the default-version rules',
  formatvalidated: 'the format validators', formatvalidatedreason: 'the format validators',
  compatibilityvalidated: 'the format validators', compatibilityvalidatedreason: 'the format validators',
};
const META: Record<string, string> = { ...COMMON, defaultversionurl: TREE };

/** Which level of the tree an object describes, with the types needed to walk its children. */
export type DerivedLevel =
  | { level: 'registry'; model: Model }
  | { level: 'group'; group: GroupModel }
  | { level: 'resource'; resource: ResourceModel }
  | { level: 'version'; resource: ResourceModel; explicit: boolean };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const tok = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Removes the attributes the build computes from `value` (in place) and returns where they were.
 * `ancestorid` is allowed only in explicit versions. `capabilities` is not handled here.
 */
export function stripDerived(value: Record<string, unknown>, at: DerivedLevel, pointer = ''): DerivedFinding[] {
  const out: DerivedFinding[] = [];
  walk(value, at, pointer, out);
  return out;
}

function walk(value: Record<string, unknown>, at: DerivedLevel, pointer: string, out: DerivedFinding[]): void {
  const derived = derivedKeys(at);
  for (const key of Object.keys(value)) {
    const p = `${pointer}/${tok(key)}`;
    const from = Object.hasOwn(derived, key) ? derived[key] : undefined;
    if (from !== undefined) {
      out.push({ name: key, pointer: p, from });
      delete value[key];
      continue;
    }
    const child = value[key];
    if (!isObject(child)) continue;
    if (at.level === 'registry' && Object.hasOwn(at.model.groups, key)) eachEntry(child, { level: 'group', group: at.model.groups[key]! }, p, out);
    else if (at.level === 'group' && Object.hasOwn(at.group.resources, key)) eachEntry(child, { level: 'resource', resource: at.group.resources[key]! }, p, out);
    else if (at.level === 'resource' && key === 'versions') eachEntry(child, { level: 'version', resource: at.resource, explicit: true }, p, out);
    else if (at.level === 'resource' && key === 'meta') walkMeta(child, p, out);
  }
}

function eachEntry(map: Record<string, unknown>, at: DerivedLevel, pointer: string, out: DerivedFinding[]): void {
  for (const [id, entry] of Object.entries(map)) if (isObject(entry)) walk(entry, at, `${pointer}/${tok(id)}`, out);
}

function walkMeta(meta: Record<string, unknown>, pointer: string, out: DerivedFinding[]): void {
  for (const key of Object.keys(meta)) {
    if (!Object.hasOwn(META, key)) continue;
    out.push({ name: key, pointer: `${pointer}/${tok(key)}`, from: META[key]! });
    delete meta[key];
  }
}

function derivedKeys(at: DerivedLevel): Record<string, string> {
  switch (at.level) {
    case 'registry': {
      const keys: Record<string, string> = { ...COMMON, model: 'the model source (model.yaml)' };
      for (const plural of Object.keys(at.model.groups)) Object.assign(keys, { [`${plural}url`]: TREE, [`${plural}count`]: TREE });
      return keys;
    }
    case 'group': {
      const keys: Record<string, string> = { ...COMMON };
      for (const plural of Object.keys(at.group.resources)) Object.assign(keys, { [`${plural}url`]: TREE, [`${plural}count`]: TREE });
      return keys;
    }
    case 'resource':
      return { ...VERSION, ancestorid: 'history; write it only in the sidecar of an explicit version', defaultversionurl: TREE };
    case 'version':
      return at.explicit ? VERSION : { ...VERSION, ancestorid: 'history; write it only in the sidecar of an explicit version' };
  }
}
