import { canonicalProtocol } from '../models/protocol-names.js';

/** The one envelope the message spec defines (message/spec.md §Metadata Envelopes). */
export const CLOUDEVENTS_ENVELOPE = 'CloudEvents/1.0';

/** `<NAME>/<VERSION>` (message/spec.md §envelope: a message group's envelope). */
export function isEnvelopeName(value: string): boolean {
  return /^[^/\s]+\/[^/\s]+$/.test(value);
}

/**
 * A schema format name `<NAME>/<VERSION>` whose version may itself contain `/`, as the defined
 * `JsonSchema/draft/2019-09` and `JsonSchema/draft/2020-12` do (schema/spec.md §Formats).
 */
export function isFormatName(value: string): boolean {
  return /^[^/\s]+\/\S+$/.test(value) && !value.endsWith('/');
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
