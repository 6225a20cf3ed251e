import type { JsonDiagnostic, RegistryCase } from './hostile-case.js';

/** The repository-relative path prefixes and xid prefixes a registry case owns. */
export interface CaseOwnership {
  paths: string[];
  xids: string[];
}

/**
 * What a case owns: each file's first two path segments below `registry/` (a group or a
 * top-level file), the xid of that group, and any `owns` xids of the case.
 */
export function ownershipOf(c: RegistryCase): CaseOwnership {
  const paths = new Set<string>();
  const xids = new Set<string>(c.owns ?? []);
  for (const file of Object.keys(c.files)) {
    const segments = file.split('/');
    const top = segments.slice(0, Math.min(2, segments.length)).join('/');
    paths.add(`registry/${top}`);
    if (segments.length >= 2) xids.add(`/${segments[0]}/${segments[1]!.replace(/\.(ya?ml|json)$/, '')}`);
  }
  return { paths: [...paths], xids: [...xids] };
}

const within = (value: string, prefix: string, boundaries: string): boolean => value === prefix || (value.startsWith(prefix) && boundaries.includes(value[prefix.length]!));

/** The index of the case a diagnostic belongs to (by file, then by xid), or -1. */
export function ownerOf(d: JsonDiagnostic, owners: readonly CaseOwnership[]): number {
  if (d.file !== null) {
    const i = owners.findIndex((o) => o.paths.some((p) => within(d.file!, p, '/')));
    if (i >= 0) return i;
  }
  if (d.xid !== null) return owners.findIndex((o) => o.xids.some((x) => within(d.xid!, x, '/')));
  return -1;
}
