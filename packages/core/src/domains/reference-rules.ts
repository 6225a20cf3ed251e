import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { RegistryNode } from '../entities/registry-node.js';
import type { Model } from '../model/model-types.js';
import { endpointEntries } from './endpoint-entries.js';
import { entityLocation } from './entity-location.js';
import { hostsMessages } from './message-entries.js';
import { resolveXid } from './resolve-xid.js';

/**
 * reference/willmessage-unresolved: the MQTT `willmessage` (endpoint/spec.md §MQTT options, an
 * xid with target /messagegroups/messages) must name a message of this registry. Relative
 * `messagegroups` entries are resolved by checkEndpointMessages.
 */
export function checkWillMessages(registry: RegistryNode, model: Model, diagnostics: Diagnostics): void {
  if (!hostsMessages(model, 'messagegroups')) return;
  for (const entry of endpointEntries(registry, model)) {
    if (entry.protocol !== 'MQTT/3.1.1' && entry.protocol !== 'MQTT/5.0') continue;
    const xid = entry.options?.['willmessage'];
    if (typeof xid !== 'string' || !xid.startsWith('/')) continue;
    const target = resolveXid(registry, xid);
    if (target?.resourcePlural === 'messages') continue;
    diagnostics.report('reference/willmessage-unresolved', { xid, endpoint: entry.group.id }, entityLocation(entry.xid, entry.group.source, ['protocoloptions', 'willmessage']));
  }
}
