import { describe, expect, it } from 'vitest';
import { buildRegistryModel } from '../../src/index.js';
import { validateText } from '../helpers/fixtures.js';

const model = buildRegistryModel(undefined).model;

const messagegroups = {
  ce: { envelope: 'CloudEvents/1.0', protocol: 'MQTT/5.0', messages: { a: { protocol: 'MQTT/5.0', protocoloptions: {} } } },
  raw: { envelope: 'Raw/1', messages: { a: {} } },
};

/** Pointers at which `code` is reported for endpoint `e`. */
function pointers(endpoint: Record<string, unknown>, code: string): Array<string | undefined> {
  const d = validateText(JSON.stringify({ messagegroups, endpoints: { e: { usage: ['producer'], ...endpoint } } }, null, 2), model);
  return d.items.filter((i) => i.code === code).map((i) => i.location.pointer);
}

const E = '/endpoints/e';
const mqtt = (options: Record<string, unknown>, usage = ['producer']) => ({ usage, protocol: 'MQTT/5.0', protocoloptions: options });
const kafka = (options: Record<string, unknown>, usage: string[]) => ({ usage, protocol: 'KAFKA', protocoloptions: options });
const nats = (options: Record<string, unknown>) => ({ protocol: 'NATS', protocoloptions: options });

const cases: Array<{ name: string; code: string; endpoint: Record<string, unknown>; at: string[] }> = [
  { name: 'an empty usage is reported', code: 'endpoint/usage-empty', endpoint: { usage: [] }, at: [`${E}/usage`] },
  { name: 'producer with consumer is reported', code: 'endpoint/usage-combination', endpoint: { usage: ['producer', 'consumer'] }, at: [`${E}/usage`] },
  { name: 'a repeated usage counts as a combination', code: 'endpoint/usage-combination', endpoint: { usage: ['consumer', 'consumer'] }, at: [`${E}/usage`] },
  { name: 'subscriber with consumer on MQTT/3.1.1 is fine', code: 'endpoint/usage-pair-protocol', endpoint: { usage: ['subscriber', 'consumer'], protocol: 'MQTT/3.1.1' }, at: [] },
  { name: 'subscriber with consumer on HTTP is reported', code: 'endpoint/usage-pair-protocol', endpoint: { usage: ['subscriber', 'consumer'], protocol: 'HTTP' }, at: [`${E}/usage`] },
  { name: 'an empty channel is reported', code: 'endpoint/channel-empty', endpoint: { channel: '' }, at: [`${E}/channel`] },
  { name: 'an envelope with two slashes is reported', code: 'endpoint/envelope-syntax', endpoint: { envelope: 'a/b/c' }, at: [`${E}/envelope`] },
  { name: 'an envelope without version is fine on an endpoint', code: 'endpoint/envelope-syntax', endpoint: { envelope: 'CloudEvents' }, at: [] },
  { name: 'an inline message with another envelope version is reported', code: 'endpoint/message-envelope', endpoint: { envelope: 'CloudEvents/1.0', messages: { m: { envelope: 'CloudEvents/0.3', envelopemetadata: { type: { value: 'm' } } } } }, at: [`${E}/messages/m/envelope`] },
  { name: 'an inline message may narrow an unversioned envelope', code: 'endpoint/message-envelope', endpoint: { envelope: 'CloudEvents', messages: { m: { envelope: 'CloudEvents/1.0', envelopemetadata: { type: { value: 'm' } } } } }, at: [] },
  { name: 'a referenced group with another envelope is a warning', code: 'endpoint/referenced-envelope', endpoint: { envelope: 'CloudEvents/1.0', messagegroups: ['/messagegroups/raw'] }, at: [`${E}/messagegroups/0`] },
  { name: 'an inline message with another protocol is reported', code: 'endpoint/message-protocol', endpoint: { protocol: 'HTTP', messages: { m: { protocol: 'KAFKA', protocoloptions: {} } } }, at: [`${E}/messages/m/protocol`] },
  { name: 'a referenced group with another protocol is reported', code: 'endpoint/message-protocol', endpoint: { protocol: 'KAFKA', messagegroups: ['/messagegroups/ce'] }, at: [`${E}/messagegroups/0`, `${E}/messagegroups/0`] },
  { name: 'a referenced group with the same protocol is fine', code: 'endpoint/message-protocol', endpoint: { protocol: 'MQTT', messagegroups: ['/messagegroups/ce'] }, at: [] },
  { name: 'an inline message id that a referenced group repeats is a warning', code: 'endpoint/messageid-duplicate', endpoint: { messagegroups: ['/messagegroups/raw'], messages: { a: {} } }, at: [`${E}/messagegroups`] },
  { name: 'a message group that is not in the registry is reported', code: 'reference/messagegroup-unresolved', endpoint: { messagegroups: ['/messagegroups/missing'] }, at: [`${E}/messagegroups/0`] },
  { name: 'an absolute message group is never resolved', code: 'reference/messagegroup-unresolved', endpoint: { messagegroups: ['https://example.com/messagegroups/x'] }, at: [] },
  { name: 'envelope format with binary mode is reported', code: 'endpoint/envelopeoptions-format-binary', endpoint: { envelope: 'CloudEvents/1.0', envelopeoptions: { mode: 'binary', format: 'application/cloudevents+json' } }, at: [`${E}/envelopeoptions/format`] },
  { name: 'envelope format with structured mode is fine', code: 'endpoint/envelopeoptions-format-binary', endpoint: { envelope: 'CloudEvents/1.0', envelopeoptions: { mode: 'structured', format: 'application/cloudevents+json' } }, at: [] },
  { name: 'deployed on the endpoint itself is a warning', code: 'endpoint/misplaced-protocol-option', endpoint: { protocol: 'HTTP', deployed: false }, at: [`${E}/deployed`] },
  { name: 'a protocol option on the endpoint itself is a warning', code: 'endpoint/misplaced-protocol-option', endpoint: { protocol: 'KAFKA', topic: 't' }, at: [`${E}/topic`] },
  { name: 'deployed under protocoloptions is fine', code: 'endpoint/misplaced-protocol-option', endpoint: { protocol: 'HTTP', protocoloptions: { deployed: false } }, at: [] },
  { name: 'an AMQP option written with underscores is a near miss', code: 'endpoint/option-near-miss', endpoint: { protocol: 'AMQP/1.0', protocoloptions: { link_properties: { a: 'b' } } }, at: [`${E}/protocoloptions/link_properties`] },
  { name: 'an unrelated extension option is not a near miss', code: 'endpoint/option-near-miss', endpoint: { protocol: 'AMQP/1.0', protocoloptions: { vendorflag: true } }, at: [] },
  { name: 'a Kafka address with uri is reported', code: 'endpoint/address-attribute', endpoint: { protocol: 'KAFKA', protocoloptions: { endpoints: [{ uri: 'kafka://h:9092' }] } }, at: [`${E}/protocoloptions/endpoints/0/uri`] },
  { name: 'a misplaced Kafka address list is checked too', code: 'endpoint/address-attribute', endpoint: { protocol: 'KAFKA', endpoints: [{ uri: 'kafka://h:9092' }] }, at: [`${E}/endpoints/0/uri`] },
  { name: 'a Kafka address with bootstrap.servers is fine', code: 'endpoint/address-attribute', endpoint: { protocol: 'KAFKA', protocoloptions: { endpoints: [{ 'bootstrap.servers': ['h:9092'] }] } }, at: [] },
  { name: 'an HTTP address with an ftp URI is reported', code: 'endpoint/uri-scheme', endpoint: { protocol: 'HTTP', protocoloptions: { endpoints: [{ uri: 'ftp://h/x' }] } }, at: [`${E}/protocoloptions/endpoints/0/uri`] },
  { name: 'an MQTT tcp URI with a path is reported', code: 'endpoint/uri-scheme', endpoint: { protocol: 'MQTT/5.0', protocoloptions: { endpoints: [{ uri: 'tcp://h:1883/x' }] } }, at: [`${E}/protocoloptions/endpoints/0/uri`] },
  { name: 'an MQTT URI with a placeholder host is fine', code: 'endpoint/uri-scheme', endpoint: { protocol: 'MQTT/5.0', protocoloptions: { endpoints: [{ uri: 'mqtt://{host}:1883' }] } }, at: [] },
  { name: 'a NATS URI without port is reported', code: 'endpoint/uri-scheme', endpoint: { protocol: 'NATS', protocoloptions: { endpoints: [{ uri: 'nats://h' }] } }, at: [`${E}/protocoloptions/endpoints/0/uri`] },
  { name: 'a Kafka consumer without consumergroup is reported', code: 'endpoint/kafka-consumergroup-missing', endpoint: kafka({ topic: 't' }, ['consumer']), at: [`${E}/protocoloptions`] },
  { name: 'a Kafka consumer with consumergroup is fine', code: 'endpoint/kafka-consumergroup-missing', endpoint: kafka({ consumergroup: 'g' }, ['consumer']), at: [] },
  { name: 'a Kafka subscriber with consumergroup is reported', code: 'endpoint/kafka-consumergroup-on-subscriber', endpoint: kafka({ consumergroup: 'g' }, ['subscriber']), at: [`${E}/protocoloptions/consumergroup`] },
  { name: 'a Kafka producer with a consumer option is reported', code: 'endpoint/kafka-consumer-option', endpoint: kafka({ enableautocommit: true }, ['producer']), at: [`${E}/protocoloptions/enableautocommit`] },
  { name: 'MQTT topic and topicfilter together are reported', code: 'endpoint/mqtt-topic-and-filter', endpoint: mqtt({ topic: 'a', topicfilter: 'a/#' }), at: [`${E}/protocoloptions/topicfilter`] },
  { name: 'an MQTT topic with a wildcard is reported', code: 'endpoint/mqtt-topic-wildcard', endpoint: mqtt({ topic: 'a/+/b' }), at: [`${E}/protocoloptions/topic`] },
  { name: 'an MQTT topicfilter may use wildcards', code: 'endpoint/mqtt-topic-wildcard', endpoint: mqtt({ topicfilter: 'a/#' }, ['subscriber']), at: [] },
  { name: 'a shared subscription group without topicfilter is reported', code: 'endpoint/mqtt-shared-subscription', endpoint: mqtt({ sharedsubscriptiongroup: 'g' }), at: [`${E}/protocoloptions/sharedsubscriptiongroup`] },
  { name: 'a shared subscription group with $share/ is reported', code: 'endpoint/mqtt-shared-subscription', endpoint: mqtt({ topicfilter: 'a/#', sharedsubscriptiongroup: '$share/g' }, ['subscriber']), at: [`${E}/protocoloptions/sharedsubscriptiongroup`] },
  { name: 'a shared subscription group with topicfilter is fine', code: 'endpoint/mqtt-shared-subscription', endpoint: mqtt({ topicfilter: 'a/#', sharedsubscriptiongroup: 'g' }, ['subscriber']), at: [] },
  { name: 'NATS subject and subjectfilter together are reported', code: 'endpoint/nats-subject-and-filter', endpoint: nats({ subject: 'a', subjectfilter: 'a.>' }), at: [`${E}/protocoloptions/subjectfilter`] },
  { name: 'a NATS subject with a wildcard token is reported', code: 'endpoint/nats-subject-wildcard', endpoint: nats({ subject: 'a.*.b' }), at: [`${E}/protocoloptions/subject`] },
  { name: 'a NATS subject with a star inside a token is fine', code: 'endpoint/nats-subject-wildcard', endpoint: nats({ subject: 'a.b*c' }), at: [] },
  { name: 'a NATS queuegroup without subjectfilter is reported', code: 'endpoint/nats-queuegroup-without-filter', endpoint: nats({ queuegroup: 'q' }), at: [`${E}/protocoloptions/queuegroup`] },
  { name: 'an authorization mechanism without SASL is reported', code: 'endpoint/authorization-mechanism', endpoint: { protocol: 'HTTP', protocoloptions: { authorization: [{ type: 'OAuth2', mechanism: 'PLAIN' }] } }, at: [`${E}/protocoloptions/authorization/0/mechanism`] },
  { name: 'an authorization mechanism with SASL is fine', code: 'endpoint/authorization-mechanism', endpoint: { protocol: 'AMQP/1.0', protocoloptions: { authorization: [{ type: 'SASL', mechanism: 'PLAIN' }] } }, at: [] },
  { name: 'a literal Authorization header is a warning', code: 'endpoint/credential-like-value', endpoint: { protocol: 'HTTP', protocoloptions: { headers: [{ name: 'Authorization', value: 'Bearer abc' }] } }, at: [`${E}/protocoloptions/headers/0/value`] },
  { name: 'a placeholder Authorization header is fine', code: 'endpoint/credential-like-value', endpoint: { protocol: 'HTTP', protocoloptions: { headers: [{ name: 'Authorization', value: '{token}' }], apikeyname: 'X-Api-Key' } }, at: [] },
  { name: 'a willmessage that names no message is reported', code: 'reference/willmessage-unresolved', endpoint: mqtt({ willmessage: '/messagegroups/ce/messages/missing' }), at: [`${E}/protocoloptions/willmessage`] },
  { name: 'a willmessage that names a message is fine', code: 'reference/willmessage-unresolved', endpoint: mqtt({ willmessage: '/messagegroups/ce/messages/a' }), at: [] },
];

describe('endpoint rules', () => {
  it.each(cases)('$name', ({ code, endpoint, at }) => {
    expect(pointers(endpoint, code)).toEqual(at);
  });
});
