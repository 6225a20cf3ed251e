import { describe, expect, test } from 'vitest';
import { loadLayout } from '../../src/index.js';
import { findings, memorySnapshot, type MemoryFile } from './memory-snapshot.js';

const JSON_07 = '{"$schema": "http://json-schema.org/draft-07/schema#"}';

const cases: Array<{ name: string; files: Record<string, MemoryFile>; expected: string[] }> = [
  { name: 'the same schema as a compact file and a directory is a duplicate entity', files: { 'schemagroups/g/schemas/Order.json': JSON_07, 'schemagroups/g/schemas/Order/schema.json': JSON_07 }, expected: ['layout/duplicate-entity schemagroups/g/schemas/Order/schema.json:1:1'] },
  { name: 'a group file and a group attribute file for one group is a duplicate entity', files: { 'messagegroups/m.yaml': 'description: a\n', 'messagegroups/m/messagegroup.yaml': 'description: b\n' }, expected: ['layout/duplicate-entity messagegroups/m/messagegroup.yaml:1:1'] },
  { name: 'one attribute written in the document sidecar twice places is a duplicate entity', files: { 'schemagroups/g/schemas/A.json': JSON_07, 'schemagroups/g/schemas/A.details.yaml': 'description: x\n', 'schemagroups/g/schemas/A.details.json': '{\n  "description": "y"\n}' }, expected: ['layout/duplicate-entity schemagroups/g/schemas/A.details.yaml:1:1'] },
  { name: 'ids that differ only in case clash', files: { 'schemagroups/g/schemas/Order.json': JSON_07, 'schemagroups/g/schemas/order.avsc': '{}' }, expected: ['layout/id-case-clash schemagroups/g/schemas/order.avsc:1:1'] },
  { name: 'a document inline in a sidecar beside the document file is a duplicate document', files: { 'schemagroups/g/schemas/A.json': JSON_07, 'schemagroups/g/schemas/A.details.yaml': 'description: x\nschema:\n  type: object\n' }, expected: ['layout/duplicate-document schemagroups/g/schemas/A.details.yaml:2:1'] },
  { name: 'a sidecar without a document is an orphan', files: { 'schemagroups/g/schemas/A.details.yaml': 'description: x\n' }, expected: ['layout/orphan-sidecar schemagroups/g/schemas/A.details.yaml:1:1'] },
  { name: 'a document of its own beside versions/ mixes version sources', files: { 'schemagroups/g/schemas/A/schema.json': JSON_07, 'schemagroups/g/schemas/A/versions/1.json': JSON_07 }, expected: ['layout/mixed-version-sources schemagroups/g/schemas/A/versions/1.json:1:1'] },
  { name: 'a derived attribute in a sidecar is an error at its key', files: { 'schemagroups/g/schemas/A.json': JSON_07, 'schemagroups/g/schemas/A.details.yaml': 'description: x\ncreatedat: 2024-01-01T00:00:00Z\n' }, expected: ['layout/derived-attribute schemagroups/g/schemas/A.details.yaml:2:1'] },
  { name: 'capabilities in registry.yaml are refused', files: { 'registry.yaml': 'registryid: r\ncapabilities: {}\n' }, expected: ['layout/capabilities-authored registry.yaml:2:1'] },
  { name: 'an embedded id that differs from the file name is mismatched', files: { 'messagegroups/m/messages/A.yaml': 'messageid: B\n' }, expected: ['id/mismatched messagegroups/m/messages/A.yaml:1:1'] },
  { name: 'a malformed id from a directory name is reported without a position', files: { 'schemagroups/-g/schemagroup.yaml': '' }, expected: ['id/malformed schemagroups/-g/schemagroup.yaml'] },
  { name: 'reserved ids are refused', files: { 'schemagroups/g/schemas/index.json.json': JSON_07, 'messagegroups/m/messages/A.details.yaml': '' }, expected: ['layout/reserved-id messagegroups/m/messages/A.details.yaml', 'layout/reserved-id schemagroups/g/schemas/index.json.json:1:1'] },
  { name: 'a name with a colon is not portable', files: { 'schemagroups/g/schemas/urn:a.json': JSON_07 }, expected: ['layout/nonportable-name schemagroups/g/schemas/urn:a.json'] },
  { name: 'a misspelt group type directory is an error once, other top-level entries are warnings', files: { 'schemagroup/g/schemas/a.json': '{}', 'schemagroup/g/schemas/b.json': '{}', 'scripts/x.sh': '', 'notes.txt': '' }, expected: ['layout/unknown-entry notes.txt', 'layout/unknown-group-type schemagroup/g/schemas/a.json', 'layout/unknown-entry scripts/x.sh'] },
  { name: 'an unknown resource type directory and an unknown extension are errors', files: { 'schemagroups/g/schema/a.json': '{}', 'schemagroups/g/schemas/a.avro': '{}' }, expected: ['layout/unknown-resource-type schemagroups/g/schema/a.json', 'layout/unknown-extension schemagroups/g/schemas/a.avro'] },
  { name: 'an unexpected file inside a group is an error; dot files and markdown are ignored', files: { 'schemagroups/g/notes.txt': '', 'schemagroups/g/.gitkeep': '', 'schemagroups/README.md': '' }, expected: ['layout/unexpected-entry schemagroups/g/notes.txt'] },
  { name: 'a written format that contradicts the $schema is a mismatch at the format key', files: { 'schemagroups/g/schemas/A.json': '{"$schema": "https://json-schema.org/draft/2020-12/schema"}', 'schemagroups/g/schemas/A.details.yaml': 'format: JsonSchema/draft-07\n' }, expected: ['layout/format-mismatch schemagroups/g/schemas/A.details.yaml:1:1'] },
  { name: 'an unknown $schema cannot be inferred, a missing one is defaulted, draft-04 is not defined', files: { 'schemagroups/g/schemas/A.json': '{"$schema": "https://example.com/s"}', 'schemagroups/g/schemas/B.json': '{}', 'schemagroups/g/schemas/C.json': '{"$schema": "http://json-schema.org/draft-04/schema#"}' }, expected: ['layout/format-not-inferred schemagroups/g/schemas/A.json:1:1', 'layout/format-defaulted schemagroups/g/schemas/B.json:1:1', 'layout/format-not-defined schemagroups/g/schemas/C.json:1:1'] },
  { name: 'a broken XML document is a parse error and a protobuf edition cannot be inferred', files: { 'schemagroups/g/schemas/A.xsd': '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">', 'schemagroups/g/schemas/B.proto': 'edition = "2023";\n' }, expected: ['layout/parse-error schemagroups/g/schemas/A.xsd', 'layout/format-not-inferred schemagroups/g/schemas/B.proto'] },
  { name: 'a key written twice is reported at its position by the source rules', files: { 'messagegroups/m.yaml': 'description: a\ndescription: b\n' }, expected: ['source/duplicate-key messagegroups/m.yaml:2:1'] },
  { name: 'meta in a version sidecar is misplaced', files: { 'schemagroups/g/schemas/A/versions/1.json': JSON_07, 'schemagroups/g/schemas/A/versions/1.details.yaml': 'meta:\n  compatibility: none\n' }, expected: ['layout/misplaced-meta schemagroups/g/schemas/A/versions/1.details.yaml:1:1'] },
  { name: 'version attributes beside a versions map in a group file are ignored with a warning', files: { 'messagegroups/m.yaml': 'messages:\n  A:\n    description: x\n    versions:\n      "1":\n        description: y\n' }, expected: ['layout/ignored-resource-attributes messagegroups/m.yaml:2:3'] },
  { name: 'links outside the repository are reported and never read', files: { 'schemagroups/g/schemas/A.json': { link: 'symlink-outside' } }, expected: ['layout/symlink-outside schemagroups/g/schemas/A.json'] },
  { name: 'model.yaml and a modelsource in registry.yaml are two model sources', files: { 'model.yaml': '$include: xregistry:cloudevents\n', 'registry.yaml': 'modelsource:\n  $include: xregistry:schema\n' }, expected: ['layout/duplicate-entity registry.yaml:1:1'] },
  { name: 'an include that leaves the registry directory is a model include error located in the model file', files: { 'model.yaml': 'groups:\n  $include: ../outside.yaml\n' }, expected: ['model/include-not-found model.yaml:1:1'] },
];

describe('loadLayout reports layout problems with rule, file, line and column', () => {
  test.each(cases)('$name', async ({ files, expected }) => {
    const loaded = await loadLayout(memorySnapshot(files));
    expect(findings(loaded.diagnostics)).toEqual(expected);
  });
});
