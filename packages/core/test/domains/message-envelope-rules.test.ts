import { describe, expect, it } from 'vitest';
import { buildRegistryModel } from '../../src/index.js';
import { validateText } from '../helpers/fixtures.js';

const model = buildRegistryModel(undefined).model;
const CE = { envelope: 'CloudEvents/1.0', envelopemetadata: { type: { value: 'm' } } };

/** Pointers at which `code` is reported for a registry with message group `g`. */
function pointers(group: Record<string, unknown>, code: string): Array<string | undefined> {
  const d = validateText(JSON.stringify({ messagegroups: { g: group } }, null, 2), model);
  return d.items.filter((i) => i.code === code).map((i) => i.location.pointer);
}

const M = '/messagegroups/g/messages/m';

const cases: Array<{ name: string; code: string; group: Record<string, unknown>; at: string[] }> = [
  { name: 'a message with its group envelope is fine', code: 'message/envelope-mismatch', group: { envelope: 'CloudEvents/1.0', messages: { m: CE } }, at: [] },
  { name: 'envelope names compare case-insensitively', code: 'message/envelope-mismatch', group: { envelope: 'cloudevents/1.0', messages: { m: CE } }, at: [] },
  { name: 'a message without the group envelope is reported at the message', code: 'message/envelope-mismatch', group: { envelope: 'CloudEvents/1.0', messages: { m: {} } }, at: [M] },
  { name: 'a group without protocol constrains nothing', code: 'message/protocol-mismatch', group: { messages: { m: { protocol: 'KAFKA', protocoloptions: {} } } }, at: [] },
  { name: 'protocol aliases compare by canonical name', code: 'message/protocol-mismatch', group: { protocol: 'AMQP/1.0', messages: { m: { protocol: 'AMQP', protocoloptions: {} } } }, at: [] },
  { name: 'a message with another protocol is reported at its protocol', code: 'message/protocol-mismatch', group: { protocol: 'KAFKA', messages: { m: { protocol: 'HTTP', protocoloptions: {} } } }, at: [`${M}/protocol`] },
  { name: 'a CloudEvents message with envelopemetadata is fine', code: 'message/envelopemetadata-missing', group: { messages: { m: CE } }, at: [] },
  { name: 'a CloudEvents message without envelopemetadata is reported', code: 'message/envelopemetadata-missing', group: { messages: { m: { envelope: 'CloudEvents/1.0' } } }, at: [M] },
  { name: 'a message with protocol and protocoloptions is fine', code: 'message/protocoloptions-missing', group: { messages: { m: { protocol: 'KAFKA', protocoloptions: {} } } }, at: [] },
  { name: 'a message with protocol but no protocoloptions is reported', code: 'message/protocoloptions-missing', group: { messages: { m: { protocol: 'KAFKA' } } }, at: [M] },
  { name: 'an envelope without version is reported', code: 'message/envelope-syntax', group: { envelope: 'CloudEvents' }, at: ['/messagegroups/g/envelope'] },
  { name: 'an envelope with a version is fine', code: 'message/envelope-syntax', group: { envelope: 'CloudEvents/1.0' }, at: [] },
  { name: 'a protocol with two slashes is reported', code: 'message/protocol-syntax', group: { protocol: 'MQTT/5/0' }, at: ['/messagegroups/g/protocol'] },
  { name: 'a protocol without version is fine', code: 'message/protocol-syntax', group: { protocol: 'KAFKA' }, at: [] },
  { name: 'an envelope other than CloudEvents/1.0 is noted', code: 'message/undefined-envelope', group: { envelope: 'none/1' }, at: ['/messagegroups/g/envelope'] },
  { name: 'a protocol alias is noted', code: 'message/protocol-alias', group: { protocol: 'MQTT' }, at: ['/messagegroups/g/protocol'] },
  { name: 'a canonical protocol is not noted', code: 'message/protocol-alias', group: { protocol: 'MQTT/5.0' }, at: [] },
  { name: 'an attributes wrapper in envelopemetadata is reported', code: 'message/envelopemetadata-wrapper', group: { messages: { m: { envelope: 'CloudEvents/1.0', envelopemetadata: { attributes: { type: { value: 'm' } } } } } }, at: [`${M}/envelopemetadata/attributes`] },
  { name: 'attributes directly under envelopemetadata are fine', code: 'message/envelopemetadata-wrapper', group: { messages: { m: CE } }, at: [] },
  { name: 'the MQTT prose name payload_format is noted', code: 'message/option-alias', group: { messages: { m: { protocol: 'MQTT/5.0', protocoloptions: { payload_format: 1 } } } }, at: [`${M}/protocoloptions/payload_format`] },
  { name: 'both names of one MQTT field with different values are reported', code: 'message/option-alias-conflict', group: { messages: { m: { protocol: 'MQTT/5.0', protocoloptions: { payload_format: 0, payload_format_indicator: 1 } } } }, at: [`${M}/protocoloptions/payload_format`] },
  { name: 'the NATS model name reply is fine', code: 'message/option-alias', group: { messages: { m: { protocol: 'NATS', protocoloptions: { reply: 'r' } } } }, at: [] },
  { name: 'HTTP method and status together are reported', code: 'message/http-status-with-method', group: { messages: { m: { protocol: 'HTTP', protocoloptions: { method: 'POST', status: '200' } } } }, at: [`${M}/protocoloptions/status`] },
  { name: 'HTTP status alone is fine', code: 'message/http-status-with-method', group: { messages: { m: { protocol: 'HTTP', protocoloptions: { status: '200' } } } }, at: [] },
  { name: 'Kafka key and key_base64 together are reported', code: 'message/kafka-key-exclusive', group: { messages: { m: { protocol: 'KAFKA', protocoloptions: { key: 'k', key_base64: 'aw==' } } } }, at: [`${M}/protocoloptions/key_base64`] },
  { name: 'a Kafka key alone is fine', code: 'message/kafka-key-exclusive', group: { messages: { m: { protocol: 'KAFKA', protocoloptions: { key: '{id}' } } } }, at: [] },
];

describe('message envelope, protocol and option rules', () => {
  it.each(cases)('$name', ({ code, group, at }) => {
    expect(pointers(group, code)).toEqual(at);
  });

  it('reports the line of the offending attribute', () => {
    const text = JSON.stringify({ messagegroups: { g: { protocol: 'KAFKA', messages: { m: { protocol: 'HTTP', protocoloptions: {} } } } } }, null, 2);
    const d = validateText(text, model);
    const found = d.items.find((i) => i.code === 'message/protocol-mismatch');
    expect(found?.location.line).toBe(text.split('\n').findIndex((l) => l.includes('"HTTP"')) + 1);
  });
});
