import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LayoutWriteError, writeLayout } from '../../src/index.js';
import { roundTrip } from './round-trip.js';

const JSON_07 = 'http://json-schema.org/draft-07/schema#';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]).toString('base64');
const XSD = '<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n  <xs:element name="a"/>\n</xs:schema>\n';

const schemas = {
  registryid: 'shapes',
  name: 'Every shape of schema',
  labels: { owner: 'platform' },
  schemagroups: {
    orders: {
      description: 'Order schemas.',
      schemas: {
        Order: {
          meta: { compatibility: 'backward', defaultversionid: 'v2', defaultversionsticky: true, deprecated: { alternative: 'https://example.com/Order2' }, labels: { tier: 'gold' } },
          versions: {
            v1: { format: 'JsonSchema/draft-07', ancestorid: 'v1', labels: { stage: 'old' }, schema: { $schema: JSON_07, type: 'object' } },
            v2: { format: 'JsonSchema/draft-07', ancestorid: 'v1', description: 'Adds id.', schema: { $schema: JSON_07, type: 'object', properties: { id: { type: 'string' } } } },
            v3: { format: 'JsonSchema/draft-07', ancestorid: 'v2', contenttype: 'application/schema+json', schema: { $schema: JSON_07 } },
          },
        },
        Proto: { format: 'Protobuf/3', schema: 'syntax = "proto3";\nmessage A {}\n' },
        Xsd: { format: 'XSD/1.0', schema: XSD },
        Avro: { format: 'Avro/1.11', schema: { type: 'record', name: 'A', fields: [] } },
        Image: { format: 'Avro/1.11', contenttype: 'image/png', schemabase64: PNG },
        Remote: { format: 'JsonSchema/draft-07', schemaurl: 'https://example.com/remote.json', meta: { compatibility: 'forward' } },
      },
    },
    empty: { description: 'No schemas yet.' },
    bare: {},
  },
};

const messages = {
  messagegroups: {
    'com.example': {
      envelope: 'CloudEvents/1.0',
      protocol: 'MQTT/5.0',
      messages: {
        'com.example.Created': {
          description: 'Created.',
          envelope: 'CloudEvents/1.0',
          envelopemetadata: { type: { value: 'com.example.Created' }, source: { type: 'uritemplate', value: '/things/{id}' }, time: { required: true } },
          protocol: 'MQTT/5.0',
          protocoloptions: { topic_name: 'things/created', qos: 1 },
          dataschemaformat: 'JsonSchema/draft-07',
          dataschemauri: '/schemagroups/s/schemas/Thing',
        },
      },
    },
  },
  endpoints: {
    'orders-http': {
      usage: ['producer'],
      envelope: 'CloudEvents/1.0',
      protocol: 'HTTP',
      protocoloptions: { endpoints: [{ uri: 'https://example.com/orders' }], method: 'POST' },
            messages: { 'orders.Placed': { envelope: 'CloudEvents/1.0', envelopemetadata: { type: { value: 'orders.Placed' } }, protocol: 'HTTP', protocoloptions: { method: 'POST' } } },
    },
  },
  schemagroups: { s: { schemas: { Thing: { format: 'JsonSchema/draft-07', schema: { $schema: JSON_07, type: 'object' } } } } },
};

const custom = {
  name: 'Document store',
  modelsource: { groups: { dirs: { singular: 'dir', resources: { files: { singular: 'file' } } } } },
  dirs: {
    forms: {
      files: {
        '1040': { versionid: 'v0', contenttype: 'text/plain', file: 'This is form 1040' },
        '1090': { versions: { v1: { contenttype: 'text/plain', file: 'v1', ancestorid: 'v1' }, v2: { contenttype: 'text/plain', file: 'v2', ancestorid: 'v1' } } },
        plans: { contenttype: 'text/plain', filebase64: Buffer.from('Home plans\n').toString('base64') },
        blob: { contenttype: 'application/octet-stream', filebase64: PNG },
      },
    },
  },
};

const exported = {
  specversion: '1.0-rc4', registryid: 'x', self: 'https://x/', xid: '/', epoch: 4, createdat: '2024-01-01T00:00:00Z', modifiedat: '2024-01-02T00:00:00Z', schemagroupsurl: 'https://x/schemagroups', schemagroupscount: 1,
  schemagroups: {
    g: {
      schemagroupid: 'g', self: 'https://x/schemagroups/g', xid: '/schemagroups/g', epoch: 1, createdat: '2024-01-01T00:00:00Z', modifiedat: '2024-01-01T00:00:00Z', schemasurl: 'https://x/schemagroups/g/schemas', schemascount: 1,
      schemas: {
        S: {
          schemaid: 'S', versionid: '1', self: 'https://x/schemagroups/g/schemas/S', xid: '/schemagroups/g/schemas/S', epoch: 1, isdefault: true, createdat: '2024-01-01T00:00:00Z', modifiedat: '2024-01-01T00:00:00Z', ancestorid: '1', format: 'JsonSchema/draft-07', contenttype: 'application/schema+json', schema: { $schema: JSON_07 },
          metaurl: 'https://x/schemagroups/g/schemas/S/meta', meta: { schemaid: 'S', xid: '/schemagroups/g/schemas/S/meta', epoch: 1, createdat: '2024-01-01T00:00:00Z', modifiedat: '2024-01-01T00:00:00Z', defaultversionid: '1', defaultversionurl: 'https://x/schemagroups/g/schemas/S/versions/1', defaultversionsticky: false },
          versionsurl: 'https://x/schemagroups/g/schemas/S/versions', versionscount: 1,
        },
      },
    },
  },
};

describe('layoutFiles writes a document as the layout, and loadLayout reads back the same registry', () => {
  test.each([
    { name: 'schemas with versions, ancestors, a sticky default, meta, and JSON, text, XML, Avro, binary and external documents', doc: schemas },
    { name: 'messages with envelope metadata and protocol options, and endpoints with inline messages', doc: messages },
    { name: 'a custom model from the document, with text and base64 documents and a Resource-level versionid', doc: custom },
    { name: 'an /export body whose computed attributes are left out', doc: exported },
  ])('$name', async ({ doc }) => {
    const r = await roundTrip(doc);
    expect(r.source).toEqual([]);
    expect(r.differences).toEqual([]);
    expect(r.loaded.filter((f) => !f.startsWith('layout/format-defaulted'))).toEqual([]);
  });

  test('the schema shapes give explicit versions, sidecars only where inference differs, and inline bytes only for binary documents', async () => {
    const r = await roundTrip(schemas);
    expect(Object.keys(r.files)).toEqual([
      'registry.yaml',
      'schemagroups/bare/schemagroup.yaml',
      'schemagroups/empty/schemagroup.yaml',
      'schemagroups/orders/schemagroup.yaml',
      'schemagroups/orders/schemas/Avro/versions/1.avsc',
      'schemagroups/orders/schemas/Image/versions/1.details.yaml',
      'schemagroups/orders/schemas/Order/schema.details.yaml',
      'schemagroups/orders/schemas/Order/versions/v1.details.yaml',
      'schemagroups/orders/schemas/Order/versions/v1.json',
      'schemagroups/orders/schemas/Order/versions/v2.details.yaml',
      'schemagroups/orders/schemas/Order/versions/v2.json',
      'schemagroups/orders/schemas/Order/versions/v3.details.yaml',
      'schemagroups/orders/schemas/Order/versions/v3.json',
      'schemagroups/orders/schemas/Proto/versions/1.proto',
      'schemagroups/orders/schemas/Remote.details.yaml',
      'schemagroups/orders/schemas/Xsd/versions/1.xsd',
    ]);
    expect(r.files['registry.yaml']).toBe('registryid: shapes\nname: Every shape of schema\nlabels:\n  owner: platform\n');
    expect(r.files['schemagroups/bare/schemagroup.yaml']).toBe('{}\n');
    expect(r.files['schemagroups/orders/schemas/Order/versions/v2.details.yaml']).toBe('ancestorid: v1\ndescription: Adds id.\ncontenttype: application/json\n');
    expect(r.files['schemagroups/orders/schemas/Order/versions/v3.details.yaml']).toBe('ancestorid: v2\n');
    expect(r.files['schemagroups/orders/schemas/Image/versions/1.details.yaml']).toBe(`format: Avro/1.11\ncontenttype: image/png\nschemabase64: ${PNG}\n`);
    expect(r.files['schemagroups/orders/schemas/Remote.details.yaml']).toBe('format: JsonSchema/draft-07\nschemaurl: https://example.com/remote.json\nmeta:\n  compatibility: forward\n');
    expect(r.written).toEqual(['import/document-inlined /schemagroups/orders/schemas/Image/versions/1']);
  });

  test('messages are one attribute file each, and a custom model is written as model.yaml', async () => {
    const m = await roundTrip(messages);
    expect(Object.keys(m.files).filter((p) => !p.startsWith('schemagroups/'))).toEqual([
      'endpoints/orders-http/endpoint.yaml',
      'endpoints/orders-http/messages/orders.Placed.yaml',
      'messagegroups/com.example/messagegroup.yaml',
      'messagegroups/com.example/messages/com.example.Created.yaml',
    ]);
    const c = await roundTrip(custom);
    expect(c.files['model.yaml']).toBe('groups:\n  dirs:\n    singular: dir\n    resources:\n      files:\n        singular: file\n');
    expect(c.files['dirs/forms/files/1040/versions/v0.txt']).toBe('This is form 1040');
    expect(c.files['dirs/forms/files/plans/versions/1.txt']).toBe('Home plans\n');
  });

  test('computed attributes of an /export body are reported once and not written', async () => {
    const r = await roundTrip(exported);
    expect(r.written).toEqual(['import/computed-attributes-ignored']);
    expect(r.files['registry.yaml']).toBe('registryid: x\n');
    expect(r.files['schemagroups/g/schemas/S/schema.details.yaml']).toBe('meta:\n  schemaid: S\n  defaultversionid: "1"\n  defaultversionsticky: false\n');
  });

  test('a YAML document is a .yaml file, and a format that contradicts the $schema keeps the document inline', async () => {
    const yamlDoc = '$schema: http://json-schema.org/draft-07/schema#\ntype: object\n';
    const r = await roundTrip({ schemagroups: { g: { schemas: {
      Y: { format: 'JsonSchema/draft-07', contenttype: 'application/yaml', schema: yamlDoc },
      M: { format: 'JsonSchema/draft/2020-12', contenttype: 'application/schema+json', schema: '{"$schema": "http://json-schema.org/draft-07/schema#"}' },
    } } } });
    expect(r.differences).toEqual([]);
    expect(r.files['schemagroups/g/schemas/Y/versions/1.yaml']).toBe(yamlDoc);
    expect(r.files['schemagroups/g/schemas/Y/versions/1.details.yaml']).toBeUndefined();
    expect(r.files['schemagroups/g/schemas/M/versions/1.details.yaml']).toBe('format: JsonSchema/draft/2020-12\ncontenttype: application/schema+json\nschema: \'{"$schema": "http://json-schema.org/draft-07/schema#"}\'\n');
    expect(r.written).toEqual(['import/document-inlined /schemagroups/g/schemas/M/versions/1']);
  });

  test('ids that the layout reserves and ids that differ only in case are errors', async () => {
    const r = await roundTrip({ messagegroups: { g: { messages: { 'A.details': {}, Order: {}, order: {} } } } });
    expect(r.written).toEqual(['import/reserved-id /messagegroups/g/messages/A.details', 'import/path-clash /messagegroups/g/messages/order']);
  });
});

describe('writeLayout', () => {
  const files = new Map([['registry.yaml', new TextEncoder().encode('registryid: a\n')], ['schemagroups/g/schemagroup.yaml', new TextEncoder().encode('{}\n')]]);

  test('writes every file, creating directories', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xrgit-writer-'));
    writeLayout(files, join(dir, 'new'));
    expect(readFileSync(join(dir, 'new', 'schemagroups/g/schemagroup.yaml'), 'utf8')).toBe('{}\n');
  });

  test('refuses to overwrite, names the existing files and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xrgit-writer-'));
    mkdirSync(join(dir, 'schemagroups/g'), { recursive: true });
    writeFileSync(join(dir, 'schemagroups/g/schemagroup.yaml'), 'keep\n');
    expect(() => writeLayout(files, dir)).toThrow(LayoutWriteError);
    try {
      writeLayout(files, dir);
    } catch (e) {
      expect((e as LayoutWriteError).data.paths).toEqual(['schemagroups/g/schemagroup.yaml']);
    }
    expect(existsSync(join(dir, 'registry.yaml'))).toBe(false);
    expect(readFileSync(join(dir, 'schemagroups/g/schemagroup.yaml'), 'utf8')).toBe('keep\n');
  });
});
