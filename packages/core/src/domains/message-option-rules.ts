import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { RegistryNode } from '../entities/registry-node.js';
import type { Model } from '../model/model-types.js';
import { canonicalProtocol, type Protocol } from '../models/protocol-names.js';
import { entityLocation } from './entity-location.js';
import { isRecord } from './is-record.js';
import { mergeMessageAttributes } from './merge-message-attributes.js';
import { messageEntries, type MessageEntry } from './message-entries.js';

/**
 * Option names of the message prose that message/model.json spells differently; the built-in
 * model accepts both (message/spec.md §MQTT `payload_format`, §NATS `reply-to`; Appendix A.5).
 */
const OPTION_ALIASES: ReadonlyArray<{ protocol: Protocol; alias: string; name: string }> = [
  { protocol: 'MQTT/5.0', alias: 'payload_format', name: 'payload_format_indicator' },
  { protocol: 'NATS', alias: 'reply-to', name: 'reply' },
];

/** Pairs of message protocol options that MUST NOT appear together. */
const EXCLUSIVE: ReadonlyArray<{ protocol: Protocol; a: string; b: string; code: 'message/http-status-with-method' | 'message/kafka-key-exclusive' }> = [
  { protocol: 'HTTP', a: 'method', b: 'status', code: 'message/http-status-with-method' },
  { protocol: 'KAFKA', a: 'key', b: 'key_base64', code: 'message/kafka-key-exclusive' },
];

/** Message `protocoloptions` rules: prose aliases of option names and exclusive pairs (message/spec.md §Message Protocols). */
export function checkMessageOptions(registry: RegistryNode, model: Model, diagnostics: Diagnostics): void {
  for (const entry of messageEntries(registry, model)) {
    const merged = mergeMessageAttributes(registry, entry);
    const protocol = typeof merged['protocol'] === 'string' ? canonicalProtocol(merged['protocol']) : undefined;
    if (!protocol) continue;
    const own = entry.version.attributes['protocoloptions'];
    if (isRecord(own)) checkAliases(entry, protocol, own, diagnostics);
    const options = merged['protocoloptions'];
    if (!isRecord(options)) continue;
    for (const pair of EXCLUSIVE) {
      if (pair.protocol !== protocol || options[pair.a] === undefined || options[pair.b] === undefined) continue;
      const at = isRecord(own) && own[pair.b] !== undefined ? ['protocoloptions', pair.b] : ['protocoloptions'];
      diagnostics.report(pair.code, { message: entry.resource.id }, entityLocation(entry.xid, entry.version.source, at));
    }
  }
}

function checkAliases(entry: MessageEntry, protocol: Protocol, options: Record<string, unknown>, diagnostics: Diagnostics): void {
  for (const { protocol: p, alias, name } of OPTION_ALIASES) {
    if (p !== protocol || options[alias] === undefined) continue;
    const at = entityLocation(entry.xid, entry.version.source, ['protocoloptions', alias]);
    const value = options[name];
    if (value !== undefined && JSON.stringify(value) !== JSON.stringify(options[alias])) {
      diagnostics.report('message/option-alias-conflict', { alias, aliasValue: JSON.stringify(options[alias]), name, value: JSON.stringify(value) }, at);
    } else {
      diagnostics.report('message/option-alias', { alias, name }, at);
    }
  }
}
