import { describe, expect, it } from 'vitest';
import { buildRegistryModel } from '../../src/index.js';
import { validateText } from '../helpers/fixtures.js';

const model = buildRegistryModel(undefined).model;

/** Diagnostics of `code` for a registry with message group `g` holding `messages`. */
function found(messages: Record<string, unknown>, code: string, group: Record<string, unknown> = {}): Array<string | undefined> {
  const d = validateText(JSON.stringify({ messagegroups: { g: { ...group, messages } } }, null, 2), model);
  return d.items.filter((i) => i.code === code).map((i) => i.location.pointer);
}

const xid = (id: string) => `/messagegroups/g/messages/${id}`;
const ce = (meta: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ envelope: 'CloudEvents/1.0', envelopemetadata: { type: { value: 'm' }, ...meta }, ...extra });

const cases: Array<{ name: string; code: string; messages: Record<string, unknown>; group?: Record<string, unknown>; at: string[] }> = [
  { name: 'basemessage is noted as the prose name of basemessageuri', code: 'message/basemessage-alias', messages: { b: {}, m: { basemessage: xid('b') } }, at: [`${xid('m')}/basemessage`] },
  { name: 'basemessageurl is accepted without a model error', code: 'attribute/unknown', messages: { b: {}, m: { basemessageurl: xid('b') } }, at: [] },
  { name: 'basemessageuri is not noted', code: 'message/basemessage-alias', messages: { b: {}, m: { basemessageuri: xid('b') } }, at: [] },
  { name: 'two base message names with different values are reported', code: 'message/basemessage-conflict', messages: { a: {}, b: {}, m: { basemessageuri: xid('a'), basemessage: xid('b') } }, at: [`${xid('m')}/basemessage`] },
  { name: 'a base message loop is reported on each message of the loop', code: 'message/basemessage-cycle', messages: { a: { basemessageuri: xid('b') }, b: { basemessage: xid('a') } }, at: [`${xid('a')}/basemessageuri`, `${xid('b')}/basemessage`] },
  { name: 'a chain without loop is fine', code: 'message/basemessage-cycle', messages: { a: { basemessageuri: xid('b') }, b: {} }, at: [] },
  { name: 'a dangling base message is only noted', code: 'reference/basemessage-dangling', messages: { m: { basemessageuri: xid('missing') } }, at: [`${xid('m')}/basemessageuri`] },
  { name: 'an absolute base message is never resolved', code: 'reference/basemessage-dangling', messages: { m: { basemessageuri: 'https://example.com/registry/messagegroups/g/messages/b' } }, at: [] },
  { name: 'an envelope inherited from the base message satisfies the group', code: 'message/envelope-mismatch', group: { envelope: 'CloudEvents/1.0' }, messages: { b: ce({}), m: { basemessageuri: xid('b'), envelopemetadata: { type: { value: 'm' } } } }, at: [] },
  { name: 'a fixed CloudEvents id is reported', code: 'message/ce-id-value', messages: { m: ce({ id: { value: '1' } }) }, at: [`${xid('m')}/envelopemetadata/id/value`] },
  { name: 'a templated CloudEvents id is fine', code: 'message/ce-id-value', messages: { m: ce({ id: { type: 'uritemplate', value: '{id}' } }) }, at: [] },
  { name: 'a fixed CloudEvents time is reported', code: 'message/ce-time-value', messages: { m: ce({ time: { value: '2024-01-01T00:00:00Z' } }) }, at: [`${xid('m')}/envelopemetadata/time/value`] },
  { name: 'the time sentinel is fine', code: 'message/ce-time-value', messages: { m: ce({ time: { value: '0000-01-01T00:00:00Z' } }) }, at: [] },
  { name: 'a CloudEvents dataschema other than dataschemauri is reported', code: 'message/ce-dataschema-mismatch', messages: { m: ce({ dataschema: { value: 'https://e.com/b' } }, { dataschemaformat: 'Avro/1.11.0', dataschemauri: 'https://e.com/a' }) }, at: [`${xid('m')}/envelopemetadata/dataschema/value`] },
  { name: 'a CloudEvents dataschema equal to dataschemauri is fine', code: 'message/ce-dataschema-mismatch', messages: { m: ce({ dataschema: { value: 'https://e.com/a' } }, { dataschemaformat: 'Avro/1.11.0', dataschemauri: 'https://e.com/a' }) }, at: [] },
  { name: 'a CloudEvents dataschema without dataschemauri is a warning', code: 'message/ce-dataschema-without-uri', messages: { m: ce({ dataschema: { value: 'https://e.com/a' } }) }, at: [`${xid('m')}/envelopemetadata/dataschema/value`] },
  { name: 'two different content types are reported at the second', code: 'message/datacontenttype-mismatch', messages: { m: ce({ datacontenttype: { value: 'text/xml' } }, { datacontenttype: 'application/json' }) }, at: [`${xid('m')}/envelopemetadata/datacontenttype/value`] },
  { name: 'content types compare case-insensitively', code: 'message/datacontenttype-mismatch', messages: { m: ce({ datacontenttype: { value: 'Application/JSON; Charset=utf-8' } }, { datacontenttype: 'application/json;charset=utf-8' }) }, at: [] },
  { name: 'an HTTP Content-Type header counts as an occurrence', code: 'message/datacontenttype-mismatch', messages: { m: { datacontenttype: 'application/json', protocol: 'HTTP', protocoloptions: { headers: [{ name: 'Content-Type', value: 'text/plain' }] } } }, at: [`${xid('m')}/protocoloptions/headers/0/value`] },
  { name: 'a message id other than the CloudEvents type is a warning', code: 'message/messageid-not-ce-type', messages: { other: ce({}) }, at: [`${xid('other')}/envelopemetadata/type/value`] },
  { name: 'a message id equal to the CloudEvents type is fine', code: 'message/messageid-not-ce-type', messages: { m: ce({}) }, at: [] },
];

describe('base message and CloudEvents attribute rules', () => {
  it.each(cases)('$name', ({ code, messages, group, at }) => {
    expect(found(messages, code, group)).toEqual(at);
  });
});
