import { canonicalProtocol } from '../models/protocol-names.js';

/** The one envelope the message spec defines (message/spec.md §Metadata Envelopes). */
export const CLOUDEVENTS_ENVELOPE = 'CloudEvents/1.0';

/** `<NAME>/<VERSION>` (message/spec.md §envelope: a message group's envelope). */
export function isEnvelopeName(value: string): boolean {
  return /^[^/\s]+\/[^/\s]+$/.test(value);
}

/** `<NAME>[/<VERSION>]` (message/spec.md §protocol; endpoint/spec.md §envelope). */
export function isOptionalVersionName(value: string): boolean {
  return /^[^/\s]+(\/[^/\s]+)?$/.test(value);
}

/** Envelope names compare case-insensitively ("non-empty case-insensitive string"). */
export function sameEnvelope(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Protocols compare by canonical name (AMQP ≡ AMQP/1.0, MQTT ≡ MQTT/5.0, HTTP/2 ≡ HTTP), else case-insensitively. */
export function protocolKey(value: string): string {
  return canonicalProtocol(value) ?? value.toUpperCase();
}

/** The canonical name when `value` is an alias of a defined protocol (not its canonical spelling). */
export function protocolAliasOf(value: string): string | undefined {
  const canonical = canonicalProtocol(value);
  return canonical !== undefined && canonical !== value.toUpperCase() ? canonical : undefined;
}
