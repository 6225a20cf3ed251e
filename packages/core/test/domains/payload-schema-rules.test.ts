import { describe, expect, it } from 'vitest';
import { buildRegistryModel } from '../../src/index.js';
import { validateText } from '../helpers/fixtures.js';

const model = buildRegistryModel(undefined).model;

const PROTO = 'syntax = "proto3";\npackage demo;\nmessage Outer {\n  message Inner { string a = 1; }\n  Inner inner = 1;\n}\n';
const AVRO = { type: 'record', name: 'Order', namespace: 'com.example', fields: [{ name: 'line', type: { type: 'record', name: 'Line', fields: [] } }] };
const JSONSCHEMA = { $schema: 'http://json-schema.org/draft-07/schema#', definitions: { Order: { type: 'object' } } };

const schemagroups = {
  s: {
    schemas: {
      proto: { versions: { '1': { format: 'Protobuf/3', schema: PROTO, contenttype: 'text/plain' } } },
      avro: { versions: { '1': { format: 'Avro/1.11.0', schema: AVRO } } },
      json: { versions: { '1': { format: 'JsonSchema/draft-07', schema: JSONSCHEMA } } },
      external: { versions: { '1': { format: 'Protobuf/3', schemaurl: 'https://example.com/x.proto' } } },
    },
  },
};

/** Pointers at which `code` is reported for a message `m` with the given attributes. */
function pointers(message: Record<string, unknown>, code: string): Array<string | undefined> {
  const doc = { schemagroups, messagegroups: { g: { messages: { m: message } } } };
  const d = validateText(JSON.stringify(doc, null, 2), model);
  return d.items.filter((i) => i.code === code).map((i) => i.location.pointer);
}

const M = '/messagegroups/g/messages/m';
const uri = (value: string, format = 'Protobuf/3') => ({ dataschemaformat: format, dataschemauri: value });

const cases: Array<{ name: string; code: string; message: Record<string, unknown>; at: string[] }> = [
  { name: 'dataschema and dataschemauri together are reported', code: 'message/dataschema-exclusive', message: { dataschemaformat: 'JsonSchema/draft-07', dataschema: {}, dataschemauri: '/schemagroups/s/schemas/json' }, at: [`${M}/dataschemauri`] },
  { name: 'an inline dataschema alone is fine', code: 'message/dataschema-exclusive', message: { dataschemaformat: 'JsonSchema/draft-07', dataschema: {} }, at: [] },
  { name: 'a schema reference without dataschemaformat is reported', code: 'message/dataschemaformat-missing', message: { dataschemauri: '/schemagroups/s/schemas/json' }, at: [M] },
  { name: 'a schema reference with dataschemaformat is fine', code: 'message/dataschemaformat-missing', message: uri('/schemagroups/s/schemas/json', 'JsonSchema/draft-07'), at: [] },
  { name: 'a dataschemaformat without version is reported', code: 'message/dataschemaformat-syntax', message: { dataschemaformat: 'Avro' }, at: [`${M}/dataschemaformat`] },
  { name: 'a defined format name whose version has a slash is fine', code: 'message/dataschemaformat-syntax', message: { dataschemaformat: 'JsonSchema/draft/2020-12' }, at: [] },
  { name: 'an xid that names no schema is reported', code: 'reference/dataschemauri-unresolved', message: uri('/schemagroups/s/schemas/missing#A'), at: [`${M}/dataschemauri`] },
  { name: 'an absolute URI is never resolved', code: 'reference/dataschemauri-unresolved', message: uri('https://example.com/schema.proto#A'), at: [] },
  { name: 'a colon after an xid without fragment is reported', code: 'reference/fragment-separator', message: uri('/schemagroups/s/schemas/proto/versions/1:Outer'), at: [`${M}/dataschemauri`] },
  { name: 'a colon after a legacy #/ pointer is the defined separator', code: 'reference/fragment-separator', message: uri('#/schemagroups/s/schemas/proto:Outer'), at: [] },
  { name: 'the legacy #/ pointer is noted', code: 'reference/legacy-pointer', message: uri('#/schemagroups/s/schemas/proto:Outer'), at: [`${M}/dataschemauri`] },
  { name: 'a Protobuf reference without message name is reported', code: 'reference/dataschemauri-fragment-required', message: uri('/schemagroups/s/schemas/proto'), at: [`${M}/dataschemauri`] },
  { name: 'a Protobuf reference with a message name is fine', code: 'reference/dataschemauri-fragment-required', message: uri('/schemagroups/s/schemas/proto#Outer'), at: [] },
  { name: 'a nested Protobuf message name resolves', code: 'reference/dataschemauri-fragment-unresolved', message: uri('/schemagroups/s/schemas/proto#Outer.Inner'), at: [] },
  { name: 'an unknown Protobuf message name is reported', code: 'reference/dataschemauri-fragment-unresolved', message: uri('/schemagroups/s/schemas/proto#Missing'), at: [`${M}/dataschemauri`] },
  { name: 'an external Protobuf document is not checked', code: 'reference/dataschemauri-fragment-unresolved', message: uri('/schemagroups/s/schemas/external#Anything'), at: [] },
  { name: 'an Avro named type resolves by full name', code: 'reference/dataschemauri-fragment-unresolved', message: uri('/schemagroups/s/schemas/avro#com.example.Line', 'Avro/1.11.0'), at: [] },
  { name: 'an unknown Avro name is reported', code: 'reference/dataschemauri-fragment-unresolved', message: uri('/schemagroups/s/schemas/avro#Nope', 'Avro/1.11.0'), at: [`${M}/dataschemauri`] },
  { name: 'a JSON Pointer into a JSON Schema resolves', code: 'reference/dataschemauri-fragment-unresolved', message: uri('/schemagroups/s/schemas/json#/definitions/Order', 'JsonSchema/draft-07'), at: [] },
  { name: 'a JSON Pointer to nothing is reported', code: 'reference/dataschemauri-fragment-unresolved', message: uri('/schemagroups/s/schemas/json#/definitions/Nope', 'JsonSchema/draft-07'), at: [`${M}/dataschemauri`] },
  { name: 'a dataschemaformat that differs from the schema format is reported', code: 'reference/dataschemaformat-mismatch', message: uri('/schemagroups/s/schemas/json', 'Avro/1.11.0'), at: [`${M}/dataschemauri`] },
  { name: 'format names compare case-insensitively', code: 'reference/dataschemaformat-mismatch', message: uri('/schemagroups/s/schemas/json', 'JSONSchema/draft-07'), at: [] },
  { name: 'a dataschemaxid that names nothing is reported', code: 'reference/dataschemaxid-unresolved', message: { dataschemaxid: '/schemagroups/s/schemas/missing' }, at: [`${M}/dataschemaxid`] },
  { name: 'a dataschemaxid of a schema version is fine', code: 'reference/dataschemaxid-unresolved', message: { dataschemaxid: '/schemagroups/s/schemas/json/versions/1' }, at: [] },
  { name: 'a dataschemaxid that names a message group is reported', code: 'reference/dataschemaxid-target', message: { dataschemaxid: '/messagegroups/g' }, at: [`${M}/dataschemaxid`] },
  { name: 'a dataschemauri other than the dataschemaxid is reported', code: 'reference/dataschemaxid-uri-mismatch', message: { dataschemaformat: 'Avro/1.11.0', dataschemaxid: '/schemagroups/s/schemas/avro', dataschemauri: '/schemagroups/s/schemas/json' }, at: [`${M}/dataschemauri`] },
  { name: 'a dataschemauri equal to the dataschemaxid plus a fragment is fine', code: 'reference/dataschemaxid-uri-mismatch', message: { dataschemaformat: 'Avro/1.11.0', dataschemaxid: '/schemagroups/s/schemas/avro', dataschemauri: '/schemagroups/s/schemas/avro#Order' }, at: [] },
];

describe('payload schema reference rules', () => {
  it.each(cases)('$name', ({ code, message, at }) => {
    expect(pointers(message, code)).toEqual(at);
  });

  it('a fragment separator is reported instead of an unresolved reference', () => {
    const codes = ['reference/dataschemauri-unresolved', 'reference/fragment-separator'].map((c) => pointers(uri('/schemagroups/s/schemas/json/versions/1:definitions/Order', 'JsonSchema/draft-07'), c).length);
    expect(codes).toEqual([0, 1]);
  });
});
