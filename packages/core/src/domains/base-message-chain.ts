import type { RegistryNode, VersionNode } from '../entities/registry-node.js';
import { resolveXid } from './resolve-xid.js';

/** The `basemessageuri` chain of a message, starting with the message itself. */
export interface BaseMessageChain {
  /** Versions from the message itself up to the last resolvable base. */
  versions: VersionNode[];
  /** Their xids (for messages); the first is the message's own. */
  xids: string[];
  /** The relative reference at which the chain left the registry, if it did. */
  dangling?: string;
  /** True when following the chain returns to a message already visited. */
  cycle: boolean;
}

/**
 * Follows relative `basemessageuri` values inside the registry (message/spec.md §basemessage).
 * A `#/` prefix is read as the xid after `#` (the legacy form). Absolute URIs end the chain
 * without a diagnostic: "the server MUST NOT validate the target".
 */
export function baseMessageChain(registry: RegistryNode, version: VersionNode, xid: string): BaseMessageChain {
  const chain: BaseMessageChain = { versions: [version], xids: [xid], cycle: false };
  let current = version;
  for (;;) {
    const raw = current.attributes['basemessageuri'];
    if (typeof raw !== 'string') return chain;
    const ref = raw.startsWith('#/') ? raw.slice(1) : raw;
    if (!ref.startsWith('/')) return chain;
    const target = resolveXid(registry, ref.split('#')[0]!);
    if (!target?.version || target.resourcePlural !== 'messages') {
      chain.dangling = ref;
      return chain;
    }
    const targetXid = `/${target.groupPlural}/${target.group.id}/messages/${target.resource!.id}`;
    if (chain.versions.includes(target.version)) {
      chain.cycle = true;
      chain.xids.push(targetXid);
      return chain;
    }
    chain.versions.push(target.version);
    chain.xids.push(targetXid);
    current = target.version;
  }
}
