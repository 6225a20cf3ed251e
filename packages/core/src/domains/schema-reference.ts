import type { RegistryNode } from '../entities/registry-node.js';
import { resolveXid, type ResolvedXid } from './resolve-xid.js';

/** A `dataschemauri` value read against the registry (docs/domain-rules.md, References). */
export interface SchemaReference {
  /** `xid`: a relative reference, `external`: absolute or a repository file (never fetched). */
  kind: 'xid' | 'external';
  /** The xid without any fragment. */
  xid?: string;
  /** The schema object fragment (`Name` or `/pointer`), without `#` or `:`. */
  fragment?: string;
  /** True for the pre-rc4 `#/…` form (Appendix A.12). */
  legacy: boolean;
  /** The suffix written as `:<suffix>` after an xid that has no fragment yet. */
  colonSuffix?: string;
  /** The schema Resource or Version named, when it is in the registry. */
  target?: ResolvedXid;
}

const isSchema = (r: ResolvedXid | undefined): r is ResolvedXid => r?.resourcePlural === 'schemas' && r.version !== undefined;

/**
 * Reads a `dataschemauri`: `/…` is an xid, `#/…` the legacy pointer read as the xid after `#`,
 * anything with a scheme (or a repository file path) is external. The schema format fragment is
 * split off: `#Name` or `#/pointer` after an xid; `:Name` after a `#` (schema/spec.md §4.3.3,
 * §4.3.4). Ids may contain `:`, so a `:` suffix is split off only when the whole value does not
 * resolve and the part before the `:` names a schema Resource or Version.
 */
export function readSchemaReference(registry: RegistryNode, value: string): SchemaReference {
  const legacy = value.startsWith('#/');
  const ref = legacy ? value.slice(1) : value;
  if (!ref.startsWith('/')) return { kind: 'external', legacy };
  const hash = ref.indexOf('#');
  if (hash >= 0) {
    const xid = ref.slice(0, hash);
    const target = resolveXid(registry, xid);
    return { kind: 'xid', xid, fragment: ref.slice(hash + 1), legacy, ...(isSchema(target) ? { target } : {}) };
  }
  const whole = resolveXid(registry, ref);
  if (isSchema(whole)) return { kind: 'xid', xid: ref, legacy, target: whole };
  for (let i = ref.indexOf(':'); i >= 0; i = ref.indexOf(':', i + 1)) {
    const prefix = resolveXid(registry, ref.slice(0, i));
    if (!isSchema(prefix)) continue;
    const suffix = ref.slice(i + 1);
    return { kind: 'xid', xid: ref.slice(0, i), fragment: suffix.includes('/') ? `/${suffix}` : suffix, legacy, ...(legacy ? {} : { colonSuffix: suffix }), target: prefix };
  }
  return { kind: 'xid', xid: ref, legacy };
}
