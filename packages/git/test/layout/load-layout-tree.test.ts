import { describe, expect, test } from 'vitest';
import { HISTORY_VERSION_ID, loadLayout } from '../../src/index.js';
import { findings, memorySnapshot, versionsOf, type MemoryFile } from './memory-snapshot.js';

const S = '/schemagroups/g/schemas';
const JSON_2020 = '{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "type": "object"\n}\n';
const XSD_11 = '<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:vc="http://www.w3.org/2007/XMLSchema-versioning" vc:minVersion="1.1">\n  <xs:element name="a"/>\n</xs:schema>\n';

interface TreeCase {
  name: string;
  files: Record<string, MemoryFile>;
  versions: Record<string, Record<string, unknown>>;
  history?: string[];
  diagnostics?: string[];
}

const cases: TreeCase[] = [
  {
    name: 'a compact JSON Schema with a 2020-12 $schema is a history-derived schema with the declared format',
    files: { 'schemagroups/g/schemas/Order.json': JSON_2020 },
    versions: { [`${S}/Order/versions/1`]: { format: 'JsonSchema/draft/2020-12', contenttype: 'application/schema+json', '(document)': JSON_2020 } },
    history: [`${S}/Order`],
  },
  {
    name: 'a sidecar adds attributes and meta, and its written format wins over the inferred one',
    files: { 'schemagroups/g/schemas/Order.avsc': '{"type": "record", "name": "Order", "fields": []}', 'schemagroups/g/schemas/Order.details.yaml': 'description: An order.\nformat: Avro/1.9\nmeta:\n  compatibility: backward\n' },
    versions: { [`${S}/Order/versions/1`]: { description: 'An order.', format: 'Avro/1.9', contenttype: 'application/json', '(document)': '{"type": "record", "name": "Order", "fields": []}' } },
    history: [`${S}/Order`],
  },
  {
    name: 'a YAML schema keeps its bytes as the document and is served as application/yaml',
    files: { 'schemagroups/g/schemas/Order.yaml': '# comment\n$schema: http://json-schema.org/draft-07/schema#\ntype: object\n' },
    versions: { [`${S}/Order/versions/1`]: { format: 'JsonSchema/draft-07', contenttype: 'application/yaml', '(document)': '# comment\n$schema: http://json-schema.org/draft-07/schema#\ntype: object\n' } },
    history: [`${S}/Order`],
  },
  {
    name: 'proto3 and proto2 sources are told apart by their syntax statement',
    files: { 'schemagroups/g/schemas/A.proto': '// x\nsyntax = "proto3";\nmessage A {}\n', 'schemagroups/g/schemas/B.proto': 'message B {}\n' },
    versions: {
      [`${S}/A/versions/1`]: { format: 'Protobuf/3', contenttype: 'text/plain', '(document)': '// x\nsyntax = "proto3";\nmessage A {}\n' },
      [`${S}/B/versions/1`]: { format: 'Protobuf/2', contenttype: 'text/plain', '(document)': 'message B {}\n' },
    },
    history: [`${S}/A`, `${S}/B`],
  },
  {
    name: 'an XSD with vc:minVersion 1.1 is XSD/1.1 and a JSON Structure document is JsonStructure',
    files: { 'schemagroups/g/schemas/A.xsd': XSD_11, 'schemagroups/g/schemas/B.json': '{"$schema": "https://json-structure.org/meta/core/v0/#", "type": "object"}' },
    versions: {
      [`${S}/A/versions/1`]: { format: 'XSD/1.1', contenttype: 'application/xml', '(document)': XSD_11 },
      [`${S}/B/versions/1`]: { format: 'JsonStructure/draft-04', contenttype: 'application/json', '(document)': '{"$schema": "https://json-structure.org/meta/core/v0/#", "type": "object"}' },
    },
    history: [`${S}/A`, `${S}/B`],
  },
  {
    name: 'a JSON document without $schema takes the group format before the extension default',
    files: { 'schemagroups/g/schemagroup.yaml': 'format: Avro/1.11\n', 'schemagroups/g/schemas/A.json': '{"type": "record", "name": "A", "fields": []}' },
    versions: { [`${S}/A/versions/1`]: { format: 'Avro/1.11', contenttype: 'application/json', '(document)': '{"type": "record", "name": "A", "fields": []}' } },
    history: [`${S}/A`],
  },
  {
    name: 'explicit versions take the resource sidecar overlaid by each version sidecar and switch history off',
    files: {
      'schemagroups/g/schemas/Order/schema.details.yaml': 'name: Order\ndescription: shared\nmeta:\n  compatibility: backward\n',
      'schemagroups/g/schemas/Order/versions/1.json': JSON_2020,
      'schemagroups/g/schemas/Order/versions/2.json': JSON_2020,
      'schemagroups/g/schemas/Order/versions/2.details.yaml': 'description: second\nancestorid: "1"\n',
    },
    versions: {
      [`${S}/Order/versions/1`]: { name: 'Order', description: 'shared', format: 'JsonSchema/draft/2020-12', contenttype: 'application/schema+json', '(document)': JSON_2020 },
      [`${S}/Order/versions/2`]: { name: 'Order', description: 'second', ancestorid: '1', format: 'JsonSchema/draft/2020-12', contenttype: 'application/schema+json', '(document)': JSON_2020 },
    },
    history: [],
  },
  {
    name: 'the full form with schema.json is history-derived and joins schema.details.yaml',
    files: { 'schemagroups/g/schemas/Order/schema.json': JSON_2020, 'schemagroups/g/schemas/Order/schema.details.yaml': 'description: d\n' },
    versions: { [`${S}/Order/versions/1`]: { description: 'd', format: 'JsonSchema/draft/2020-12', contenttype: 'application/schema+json', '(document)': JSON_2020 } },
    history: [`${S}/Order`],
  },
  {
    name: 'a message file is the metadata of a single explicit version, in compact and full form',
    files: { 'messagegroups/m/messages/A.yaml': 'description: a\n', 'messagegroups/m/messages/B/message.yaml': 'description: b\n' },
    versions: { '/messagegroups/m/messages/A/versions/1': { description: 'a' }, '/messagegroups/m/messages/B/versions/1': { description: 'b' } },
    history: [],
  },
  {
    name: 'a group file inlines its resources with explicit versions, not history',
    files: { 'messagegroups/m.yaml': 'description: group\nmessages:\n  A:\n    description: a\n' },
    versions: { '/messagegroups/m/messages/A/versions/1': { description: 'a' } },
    history: [],
  },
  {
    name: 'a whole xRegistry document anywhere is merged in from the registry root',
    files: { 'legacy/old.xreg.json': '{"schemagroups": {"legacy": {"epoch": 3, "schemas": {"C": {"format": "JsonSchema/draft-07", "schema": {"type": "object"}}}}}}' },
    versions: { '/schemagroups/legacy/schemas/C/versions/1': { format: 'JsonSchema/draft-07', contenttype: 'application/json', '(document)': '{\n  "type": "object"\n}\n' } },
    history: [],
    diagnostics: ['layout/ignored-derived-attribute legacy/old.xreg.json'],
  },
  {
    name: 'a sidecar with an external document URL needs no document file',
    files: { 'schemagroups/g/schemas/Legacy.details.yaml': 'format: JsonSchema/draft-07\nschemaurl: https://example.com/legacy.json\n' },
    versions: { [`${S}/Legacy/versions/1`]: { format: 'JsonSchema/draft-07', schemaurl: 'https://example.com/legacy.json' } },
    history: [],
  },
];

describe('loadLayout builds the entity tree', () => {
  test.each(cases)('$name', async ({ files, versions, history, diagnostics }) => {
    const loaded = await loadLayout(memorySnapshot(files));
    expect(findings(loaded.diagnostics)).toEqual(diagnostics ?? []);
    expect(versionsOf(loaded.registry)).toEqual(versions);
    if (history) expect([...loaded.historyResources].sort()).toEqual(history);
  });

  test('a history-derived resource has the single placeholder version', () => {
    expect(HISTORY_VERSION_ID).toBe('1');
  });

  test('the registry id defaults to "registry" and registry.yaml gives the registry attributes', async () => {
    expect((await loadLayout(memorySnapshot({}))).registry.attributes).toEqual({ registryid: 'registry' });
    const loaded = await loadLayout(memorySnapshot({ 'registry.yaml': 'registryid: r1\nname: R\n' }));
    expect(loaded.registry.attributes).toEqual({ registryid: 'r1', name: 'R' });
    expect(loaded.contributions.map((c) => c.kind)).toEqual(['registry']);
  });

  test('model.yaml with a local $include defines the group types that the directories use', async () => {
    const loaded = await loadLayout(memorySnapshot({
      'model.yaml': '$include: models/base.yaml\n',
      'models/base.yaml': 'groups:\n  teams:\n    singular: team\n    resources:\n      docs:\n        singular: doc\n',
      'teams/a/docs/readme.txt': 'hello\n',
    }));
    expect(Object.keys(loaded.model.groups)).toEqual(['teams']);
    expect(loaded.modelsource).toHaveProperty('groups');
    expect(versionsOf(loaded.registry)).toEqual({ '/teams/a/docs/readme/versions/1': { contenttype: 'text/plain', '(document)': 'hello\n' } });
    expect(findings(loaded.diagnostics)).toEqual(['layout/unknown-entry models/base.yaml']);
  });
});
