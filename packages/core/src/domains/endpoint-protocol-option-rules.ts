import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { RegistryNode } from '../entities/registry-node.js';
import type { Model } from '../model/model-types.js';
import { endpointEntries, type EndpointEntry } from './endpoint-entries.js';
import { entityLocation } from './entity-location.js';
import { isRecord } from './is-record.js';

type Report = (code: Parameters<Diagnostics['report']>[0], args: Record<string, string | number>, path: Array<string | number>) => void;

/**
 * Cross-option rules of endpoint/spec.md §Protocol Options (KAFKA, MQTT, NATS, authorization).
 * They bind clients ("a Registry server is not obligated to check these rules"); xrgit lints as
 * a client. `{placeholders}` in values are replaced by `x` before syntax checks.
 */
export function checkEndpointProtocolOptions(registry: RegistryNode, model: Model, diagnostics: Diagnostics): void {
  for (const entry of endpointEntries(registry, model)) {
    const report: Report = (code, args, path) => diagnostics.report(code, { endpoint: entry.group.id, ...args }, entityLocation(entry.xid, entry.group.source, ['protocoloptions', ...path]));
    checkAuthorization(entry, report);
    if (entry.protocol === 'KAFKA') checkKafka(entry, report);
    if (entry.protocol === 'MQTT/3.1.1' || entry.protocol === 'MQTT/5.0') checkMqtt(entry.options ?? {}, report);
    if (entry.protocol === 'NATS') checkNats(entry.options ?? {}, report);
  }
}

const filled = (v: unknown): string | undefined => (typeof v === 'string' ? v.replace(/\{[^}]*\}/g, 'x') : undefined);

function checkKafka(entry: EndpointEntry, report: Report): void {
  const options = entry.options ?? {};
  const consumer = entry.usage.includes('consumer');
  const group = options['consumergroup'];
  if (consumer && (typeof group !== 'string' || group === '')) report('endpoint/kafka-consumergroup-missing', {}, group === undefined ? [] : ['consumergroup']);
  if (entry.usage.includes('subscriber') && group !== undefined) report('endpoint/kafka-consumergroup-on-subscriber', {}, ['consumergroup']);
  if (consumer) return;
  for (const name of ['autooffsetreset', 'enableautocommit']) if (options[name] !== undefined) report('endpoint/kafka-consumer-option', { name }, [name]);
}

function checkMqtt(options: Record<string, unknown>, report: Report): void {
  const topic = filled(options['topic']);
  const hasFilter = options['topicfilter'] !== undefined;
  if (options['topic'] !== undefined && hasFilter) report('endpoint/mqtt-topic-and-filter', {}, ['topicfilter']);
  if (topic !== undefined && /[+#]/.test(topic)) report('endpoint/mqtt-topic-wildcard', { topic: JSON.stringify(options['topic']) }, ['topic']);
  const group = options['sharedsubscriptiongroup'];
  if (typeof group !== 'string') return;
  const detail = !hasFilter ? 'it is only allowed together with `topicfilter`; add the filter or remove the group'
    : group.startsWith('$share/') ? 'write the group name without the `$share/` prefix'
    : group.includes('/') ? 'the group name must not contain "/"; remove it'
    : undefined;
  if (detail) report('endpoint/mqtt-shared-subscription', { value: JSON.stringify(group), detail }, ['sharedsubscriptiongroup']);
}

function checkNats(options: Record<string, unknown>, report: Report): void {
  const subject = filled(options['subject']);
  const hasFilter = options['subjectfilter'] !== undefined;
  if (options['subject'] !== undefined && hasFilter) report('endpoint/nats-subject-and-filter', {}, ['subjectfilter']);
  if (subject !== undefined && subject.split('.').some((t) => t === '*' || t === '>')) report('endpoint/nats-subject-wildcard', { subject: JSON.stringify(options['subject']) }, ['subject']);
  if (options['queuegroup'] !== undefined && !hasFilter) report('endpoint/nats-queuegroup-without-filter', {}, ['queuegroup']);
}

function checkAuthorization(entry: EndpointEntry, report: Report): void {
  const list = entry.options?.['authorization'];
  if (!Array.isArray(list)) return;
  list.forEach((auth, index) => {
    if (!isRecord(auth) || auth['mechanism'] === undefined) return;
    const type = auth['type'];
    if (typeof type === 'string' && type.toUpperCase() === 'SASL') return;
    report('endpoint/authorization-mechanism', { index, type: typeof type === 'string' ? `"${type}"` : 'not set' }, ['authorization', index, 'mechanism']);
  });
}
