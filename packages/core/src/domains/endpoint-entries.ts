import type { GroupNode, RegistryNode } from '../entities/registry-node.js';
import type { Model } from '../model/model-types.js';
import { canonicalProtocol, type Protocol } from '../models/protocol-names.js';
import { isRecord } from './is-record.js';

/** One authored endpoint (a Group of type `endpoints`). */
export interface EndpointEntry {
  xid: string;
  group: GroupNode;
  /** Canonical protocol, when the endpoint's protocol is one the spec defines. */
  protocol?: Protocol;
  /** `protocoloptions` when it is an object. */
  options?: Record<string, unknown>;
  /** The string items of `usage` (duplicates kept). */
  usage: string[];
}

/** Every endpoint of the registry; empty when the model has no `endpoints` group type. */
export function endpointEntries(registry: RegistryNode, model: Model): EndpointEntry[] {
  if (!model.groups['endpoints']) return [];
  const out: EndpointEntry[] = [];
  for (const group of registry.groups.get('endpoints')?.values() ?? []) {
    const attrs = group.attributes;
    const protocol = typeof attrs['protocol'] === 'string' ? canonicalProtocol(attrs['protocol']) : undefined;
    const options = isRecord(attrs['protocoloptions']) ? attrs['protocoloptions'] : undefined;
    const usage = Array.isArray(attrs['usage']) ? attrs['usage'].filter((u): u is string => typeof u === 'string') : [];
    out.push({ xid: `/endpoints/${group.id}`, group, usage, ...(protocol ? { protocol } : {}), ...(options ? { options } : {}) });
  }
  return out;
}

/**
 * The `protocoloptions` names the model defines for endpoints of `protocol` (from the
 * `ifvalues` of the endpoint `protocol` attribute), without `*`.
 */
export function endpointOptionNames(model: Model, protocol: Protocol): string[] {
  const def = model.groups['endpoints']?.attributes['protocol']?.ifvalues?.[protocol]?.siblingattributes['protocoloptions'];
  return Object.keys(def?.attributes ?? {}).filter((n) => n !== '*');
}
