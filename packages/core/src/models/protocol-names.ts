import type { AttributeSourceMap, IfValuesSource } from './model-source-types.js';

/** The protocol names the message and endpoint models define options for. */
export const PROTOCOLS = ['AMQP/1.0', 'MQTT/3.1.1', 'MQTT/5.0', 'KAFKA', 'HTTP', 'NATS'] as const;

export type Protocol = (typeof PROTOCOLS)[number];

/**
 * Other spellings the prose gives for a defined protocol. endpoint/spec.md §protocol: "AMQP/1.0"
 * "MAY be shortened to AMQP", "The shorthand MQTT maps to MQTT/5.0", "HTTP - Used for HTTP/1.1,
 * HTTP/2, HTTP/3"; message/spec.md §Message Protocols titles the HTTP binding "HTTP/1.1",
 * "HTTP/2", "HTTP/3", and the spec's own examples write `HTTP/1.1`. The spec's model.json files
 * key `ifvalues` by the canonical names only, so options under a shorthand are never validated
 * (and on a message, which allows no extensions, `protocoloptions` is then an unknown attribute).
 * Deviation: the built-in models repeat the options under each alias. The rule layer reports an
 * alias as info and compares protocols by canonical name (docs/domain-rules.md).
 */
export const PROTOCOL_ALIASES: Readonly<Record<string, Protocol>> = {
  AMQP: 'AMQP/1.0',
  MQTT: 'MQTT/5.0',
  'HTTP/1.1': 'HTTP',
  'HTTP/2': 'HTTP',
  'HTTP/3': 'HTTP',
};

/** The canonical protocol name for a value (case-insensitive), or undefined when not defined. */
export function canonicalProtocol(value: string): Protocol | undefined {
  const upper = value.toUpperCase();
  const direct = PROTOCOLS.find((p) => p === upper);
  if (direct) return direct;
  const alias = Object.keys(PROTOCOL_ALIASES).find((a) => a === upper);
  return alias === undefined ? undefined : PROTOCOL_ALIASES[alias];
}

/**
 * `ifvalues` for a `protocol` attribute: `protocoloptions` per protocol, repeated under each
 * alias of that protocol.
 */
export function protocolIfValues(options: Readonly<Record<Protocol, AttributeSourceMap>>): IfValuesSource {
  const out: Record<string, { siblingattributes: AttributeSourceMap }> = {};
  for (const protocol of PROTOCOLS) out[protocol] = { siblingattributes: options[protocol] };
  for (const [alias, protocol] of Object.entries(PROTOCOL_ALIASES)) out[alias] = { siblingattributes: options[protocol] };
  return out;
}
