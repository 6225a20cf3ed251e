import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { RegistryNode } from '../entities/registry-node.js';
import type { Model } from '../model/model-types.js';
import type { Protocol } from '../models/protocol-names.js';
import { endpointEntries, type EndpointEntry } from './endpoint-entries.js';
import { entityLocation } from './entity-location.js';
import { isRecord } from './is-record.js';

/** URI schemes per protocol (endpoint/spec.md §HTTP, §AMQP, §MQTT, §NATS options). */
const SCHEMES: Partial<Record<Protocol, readonly string[]>> = {
  HTTP: ['http', 'https'],
  'AMQP/1.0': ['amqp', 'amqps'],
  'MQTT/3.1.1': ['mqtt', 'mqtts', 'tcp', 'ssl', 'wss'],
  'MQTT/5.0': ['mqtt', 'mqtts', 'tcp', 'ssl', 'wss'],
  NATS: ['nats', 'tls', 'ws'],
};

/** MQTT schemes whose URIs "MUST NOT have a path". */
const PATHLESS = ['tcp', 'ssl', 'wss'];

/**
 * Address entries of `protocoloptions.endpoints` (endpoint/spec.md §protocoloptions.endpoints):
 * the attribute the protocol defines (`uri`, or a non-empty `bootstrap.servers` for KAFKA) and
 * the URI scheme. Also applied to a misplaced top-level `endpoints` list, since its intent is
 * clear. `{placeholders}` are replaced by `x` before parsing.
 */
export function checkEndpointAddresses(registry: RegistryNode, model: Model, diagnostics: Diagnostics): void {
  for (const entry of endpointEntries(registry, model)) {
    if (!entry.protocol) continue;
    if (Array.isArray(entry.options?.['endpoints'])) checkList(entry, entry.options['endpoints'], ['protocoloptions', 'endpoints'], diagnostics);
    if (Array.isArray(entry.group.attributes['endpoints'])) checkList(entry, entry.group.attributes['endpoints'], ['endpoints'], diagnostics);
  }
}

function checkList(entry: EndpointEntry, list: unknown[], path: string[], diagnostics: Diagnostics): void {
  const protocol = entry.protocol!;
  const endpoint = entry.group.id;
  list.forEach((address, index) => {
    if (!isRecord(address)) return;
    const at = (...rest: string[]) => entityLocation(entry.xid, entry.group.source, [...path, index, ...rest]);
    if (protocol === 'KAFKA') {
      const servers = address['bootstrap.servers'];
      if (!Array.isArray(servers) || servers.length === 0) {
        const hint = address['uri'] !== undefined ? ' Write `bootstrap.servers: ["host:9092"]` instead of `uri`.' : ' Add `bootstrap.servers: ["host:9092"]`.';
        diagnostics.report('endpoint/address-attribute', { index, protocol, endpoint, attribute: 'bootstrap.servers', hint }, at(...(address['uri'] !== undefined ? ['uri'] : [])));
      }
      return;
    }
    const uri = address['uri'];
    if (uri === undefined) {
      diagnostics.report('endpoint/address-attribute', { index, protocol, endpoint, attribute: 'uri', hint: ' Add the absolute URI of the endpoint.' }, at());
      return;
    }
    if (typeof uri !== 'string') return;
    const problem = schemeProblem(protocol, uri);
    if (problem) diagnostics.report('endpoint/uri-scheme', { uri, protocol, endpoint, schemes: problem }, at('uri'));
  });
}

/** What the URI must use, when it does not; undefined when it is fine. */
function schemeProblem(protocol: Protocol, uri: string): string | undefined {
  const schemes = SCHEMES[protocol];
  if (!schemes) return undefined;
  const expected = `an absolute URI with scheme ${schemes.join(', ')}`;
  let url: URL;
  try {
    url = new URL(uri.replace(/\{[^}]*\}/g, 'x'));
  } catch {
    return expected;
  }
  const scheme = url.protocol.slice(0, -1).toLowerCase();
  if (!schemes.includes(scheme)) return expected;
  if (protocol.startsWith('MQTT') && PATHLESS.includes(scheme) && url.pathname !== '' && url.pathname !== '/') return `${scheme}:// without a path`;
  if (protocol === 'NATS' && url.port === '') return `${expected} and a port`;
  return undefined;
}
