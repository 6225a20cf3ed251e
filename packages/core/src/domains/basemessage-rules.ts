import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { RegistryNode } from '../entities/registry-node.js';
import type { Model } from '../model/model-types.js';
import { baseMessageChain } from './base-message-chain.js';
import { entityLocation } from './entity-location.js';
import { messageEntries } from './message-entries.js';
import { authoredName } from './normalize-domain-attributes.js';

/**
 * message/basemessage-cycle (message/spec.md §basemessage: "the chain of messages MUST NOT be
 * recursive") and reference/basemessage-dangling (info: "Dangling references are permitted").
 * A cycle is reported once per message on it, at its own `basemessageuri`.
 */
export function checkBaseMessages(registry: RegistryNode, model: Model, diagnostics: Diagnostics): void {
  for (const entry of messageEntries(registry, model)) {
    if (typeof entry.version.attributes['basemessageuri'] !== 'string') continue;
    const chain = baseMessageChain(registry, entry.version, entry.xid);
    const at = entityLocation(entry.xid, entry.version.source, [authoredName(entry.version, 'basemessageuri')]);
    if (chain.cycle && chain.xids[chain.xids.length - 1] === entry.xid) {
      diagnostics.report('message/basemessage-cycle', { message: entry.resource.id, chain: chain.xids.join(' → ') }, at);
    } else if (chain.dangling !== undefined && chain.versions.length === 1) {
      diagnostics.report('reference/basemessage-dangling', { message: entry.resource.id, xid: chain.dangling }, at);
    }
  }
}
