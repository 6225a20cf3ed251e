import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { RegistryNode } from '../entities/registry-node.js';
import type { Model } from '../model/model-types.js';
import type { Protocol } from '../models/protocol-names.js';
import { endpointEntries, type EndpointEntry } from './endpoint-entries.js';
import { entityLocation } from './entity-location.js';
import { isOptionalVersionName, protocolAliasOf } from './envelope-protocol-names.js';

/** endpoint/spec.md §usage: the protocols that allow ["subscriber", "consumer"]. */
const PAIR_PROTOCOLS: readonly Protocol[] = ['MQTT/3.1.1', 'MQTT/5.0', 'AMQP/1.0', 'NATS'];

/**
 * Endpoint attribute rules of endpoint/spec.md: `usage` combinations (§usage), `channel`
 * (§channel), the `envelope` and `protocol` syntax (§envelope, §protocol).
 */
export function checkEndpointUsage(registry: RegistryNode, model: Model, diagnostics: Diagnostics): void {
  for (const entry of endpointEntries(registry, model)) {
    checkUsage(entry, diagnostics);
    const attrs = entry.group.attributes;
    const at = (name: string) => entityLocation(entry.xid, entry.group.source, [name]);
    if (attrs['channel'] === '') diagnostics.report('endpoint/channel-empty', { endpoint: entry.group.id }, at('channel'));
    const envelope = attrs['envelope'];
    if (typeof envelope === 'string' && !isOptionalVersionName(envelope)) diagnostics.report('endpoint/envelope-syntax', { value: envelope, endpoint: entry.group.id }, at('envelope'));
    const protocol = attrs['protocol'];
    if (typeof protocol === 'string') {
      const canonical = protocolAliasOf(protocol);
      if (!isOptionalVersionName(protocol)) diagnostics.report('message/protocol-syntax', { value: protocol }, at('protocol'));
      else if (canonical) diagnostics.report('message/protocol-alias', { value: protocol, canonical }, at('protocol'));
    }
  }
}

function checkUsage(entry: EndpointEntry, diagnostics: Diagnostics): void {
  const raw = entry.group.attributes['usage'];
  if (!Array.isArray(raw)) return;
  const endpoint = entry.group.id;
  const at = entityLocation(entry.xid, entry.group.source, ['usage']);
  if (raw.length === 0) {
    diagnostics.report('endpoint/usage-empty', { endpoint }, at);
    return;
  }
  const usage = entry.usage;
  if (usage.length <= 1) return;
  const pair = usage.length === 2 && usage.includes('subscriber') && usage.includes('consumer');
  if (!pair) {
    diagnostics.report('endpoint/usage-combination', { endpoint, usage: JSON.stringify(usage) }, at);
    return;
  }
  if (!entry.protocol || !PAIR_PROTOCOLS.includes(entry.protocol)) {
    const protocol = entry.group.attributes['protocol'];
    diagnostics.report('endpoint/usage-pair-protocol', { endpoint, protocol: typeof protocol === 'string' ? `protocol "${protocol}"` : 'an endpoint without a protocol' }, at);
  }
}
