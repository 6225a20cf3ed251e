import type { Attributes, RegistryNode } from '../entities/registry-node.js';
import { baseMessageChain } from './base-message-chain.js';
import { isRecord } from './is-record.js';
import type { MessageEntry } from './message-entries.js';

/**
 * Deep merge for base messages (message/spec.md §basemessage): objects and maps merge, a scalar
 * replaces. Arrays replace: the spec leaves them unspecified (spec-domains-digest §2).
 */
function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isRecord(b) && isRecord(v) ? deepMerge(b, v) : v;
  }
  return out;
}

/**
 * The message's attributes after `basemessageuri` resolution: the chain is walked to its root
 * and merged downwards. A dangling chain merges what is available; a cyclic chain is not merged
 * (its own attributes are returned), the cycle being reported by message/basemessage-cycle.
 */
export function mergeMessageAttributes(registry: RegistryNode, entry: MessageEntry): Attributes {
  const chain = baseMessageChain(registry, entry.version, entry.xid);
  if (chain.cycle || chain.versions.length === 1) return entry.version.attributes;
  let merged: Record<string, unknown> = {};
  for (const v of [...chain.versions].reverse()) merged = deepMerge(merged, v.attributes);
  return merged;
}
