import type { ExpectedDiagnostic, HostileCase, RegistryCase } from '../support/hostile-case.js';

const reg = (category: string, name: string, files: RegistryCase['files'], expect: ExpectedDiagnostic[], owns?: string[]): RegistryCase => ({ kind: 'registry', category, name, files, expect, ...(owns ? { owns } : {}) });
const R = (p: string): string => `registry/${p}`;
const SCHEMA = '{ "$schema": "http://json-schema.org/draft-07/schema#", "type": "object" }\n';
const MSG = (id: string, extra = ''): string => `envelope: CloudEvents/1.0\nenvelopemetadata:\n  type:\n    value: ${id}\n${extra}`;

/** Symbolic links, reference cycles, conflicting definitions, lying extensions. */
export function contentCases(): HostileCase[] {
  const c: HostileCase[] = [];
  const links: ReadonlyArray<readonly [string, string]> = [
    ['an absolute path outside the repository', '/etc/passwd'],
    ['a relative path out of the repository', '../../../../../etc/hostname'],
    ['the repository .git/config', '../../../../.git/config'],
    ['the .git directory', '../../../../.git'],
    ['itself (a loop)', 's.json'],
    ['a missing file', 'missing.json'],
  ];
  links.forEach(([name, target], i) => {
    const file = `schemagroups/sl${i}/schemas/s.json`;
    c.push(reg('symbolic links', `a document that is a link to ${name}`, { [file]: { symlink: target } }, [{ rule: 'layout/symlink-outside', file: R(file) }]));
  });
  c.push(reg('symbolic links', 'an attribute file that is a link into .git', { 'schemagroups/sl6/schemagroup.yaml': { symlink: '../../../.git/HEAD' } }, [{ rule: 'layout/symlink-outside', file: R('schemagroups/sl6/schemagroup.yaml') }]));

  c.push(reg('reference cycles', 'two messages whose basemessage point at each other', {
    'messagegroups/rc0/messages/a.yaml': MSG('a', 'basemessageuri: /messagegroups/rc0/messages/b\n'),
    'messagegroups/rc0/messages/b.yaml': MSG('b', 'basemessageuri: /messagegroups/rc0/messages/a\n'),
  }, [{ rule: 'message/basemessage-cycle', file: R('messagegroups/rc0/messages/a.yaml') }, { rule: 'message/basemessage-cycle', file: R('messagegroups/rc0/messages/b.yaml') }]));
  c.push(reg('reference cycles', 'a message that is its own basemessage', { 'messagegroups/rc1/messages/a.yaml': MSG('a', 'basemessageuri: /messagegroups/rc1/messages/a\n') }, [{ rule: 'message/basemessage-cycle', file: R('messagegroups/rc1/messages/a.yaml') }]));
  c.push(reg('reference cycles', 'explicit versions whose ancestorid form a loop', {
    'schemagroups/rc2/schemas/s/versions/1.json': SCHEMA,
    'schemagroups/rc2/schemas/s/versions/1.details.yaml': 'ancestorid: "2"\n',
    'schemagroups/rc2/schemas/s/versions/2.json': SCHEMA,
    'schemagroups/rc2/schemas/s/versions/2.details.yaml': 'ancestorid: "1"\n',
  }, [{ rule: 'version/ancestor-cycle', file: R('schemagroups/rc2/schemas/s/versions/1.details.yaml') }]));
  c.push(reg('reference cycles', 'a JSON Schema whose $ref point at each other does not compile', {
    'schemagroups/rc3/schemas/s.json': '{ "$schema": "http://json-schema.org/draft-07/schema#", "definitions": { "a": { "$ref": "#/definitions/b" }, "b": { "$ref": "#/definitions/a" } }, "$ref": "#/definitions/a" }\n',
  }, [{ rule: 'jsonschema/compile-error', file: R('schemagroups/rc3/schemas/s.json') }]));
  c.push(reg('reference cycles', 'a JSON Schema whose $ref points at itself is accepted', { 'schemagroups/rc4/schemas/s.json': '{ "$schema": "http://json-schema.org/draft-07/schema#", "$ref": "#" }\n' }, []));
  c.push(reg('reference cycles', 'a JSON Schema $ref to a missing definition', { 'schemagroups/rc5/schemas/s.json': '{ "$schema": "http://json-schema.org/draft-07/schema#", "$ref": "#/definitions/nope" }\n' }, [{ rule: 'jsonschema/unresolved-ref', file: R('schemagroups/rc5/schemas/s.json') }]));

  c.push(reg('conflicting definitions', 'a group both as a file and as a directory', { 'schemagroups/cf0.yaml': 'description: a\n', 'schemagroups/cf0/schemagroup.yaml': 'description: b\n' }, [{ rule: 'layout/duplicate-entity', file: R('schemagroups/cf0/schemagroup.yaml') }]));
  c.push(reg('conflicting definitions', 'a resource in a group file and in a directory', {
    'messagegroups/cf1.yaml': 'messages:\n  m:\n    description: a\n',
    'messagegroups/cf1/messages/m.yaml': 'description: b\n',
  }, [{ rule: 'layout/duplicate-entity', file: R('messagegroups/cf1/messages/m.yaml') }]));
  c.push(reg('conflicting definitions', 'a group in an .xreg document and in the layout', {
    'cf2.xreg.json': '{ "schemagroups": { "cf2": { "description": "a" } } }\n',
    'schemagroups/cf2/schemagroup.yaml': 'description: b\n',
  }, [{ rule: 'layout/duplicate-entity', file: R('schemagroups/cf2/schemagroup.yaml') }], ['/schemagroups/cf2']));
  c.push(reg('conflicting definitions', 'a resource in an .xreg document and as a document file', {
    'cf3.xreg.json': `{ "schemagroups": { "cf3": { "schemas": { "s": { "format": "JsonSchema/draft-07", "schema": { "type": "object" } } } } } }\n`,
    'schemagroups/cf3/schemas/s.json': SCHEMA,
  }, [{ rule: 'layout/duplicate-entity', file: R('schemagroups/cf3/schemas/s.json') }], ['/schemagroups/cf3']));
  c.push(reg('conflicting definitions', 'a resource as a compact document and as a full-form directory', { 'schemagroups/cf4/schemas/s.json': SCHEMA, 'schemagroups/cf4/schemas/s/schema.json': SCHEMA }, [{ rule: 'layout/duplicate-entity', file: R('schemagroups/cf4/schemas/s/schema.json') }]));
  c.push({ ...reg('conflicting definitions', 'one resource as two documents with different extensions', { 'schemagroups/cf5/schemas/s.json': SCHEMA, 'schemagroups/cf5/schemas/s.avsc': '"string"\n' }, [{ rule: 'layout/duplicate-entity', file: R('schemagroups/cf5/schemas/s.json') }]) } as RegistryCase);
  c.push(reg('conflicting definitions', 'a document of its own and a versions directory', { 'schemagroups/cf6/schemas/s/schema.json': SCHEMA, 'schemagroups/cf6/schemas/s/versions/1.json': SCHEMA }, [{ rule: 'layout/mixed-version-sources', file: R('schemagroups/cf6/schemas/s/versions/1.json') }]));
  c.push(reg('conflicting definitions', 'an embedded id that contradicts the file name', { 'schemagroups/cf7/schemagroup.yaml': 'schemagroupid: other\n' }, [{ rule: 'id/mismatched', file: R('schemagroups/cf7/schemagroup.yaml'), line: 1, column: 1 }]));
  c.push(reg('conflicting definitions', 'a versions map in the resource file and a versions directory', {
    'schemagroups/cf8/schemas/s/schema.yaml': 'versions:\n  "1":\n    format: JsonSchema/draft-07\n',
    'schemagroups/cf8/schemas/s/versions/1.json': SCHEMA,
  }, [{ rule: 'layout/mixed-version-sources', file: R('schemagroups/cf8/schemas/s/versions/1.json') }]));

  const lies: ReadonlyArray<readonly [string, string, string, ExpectedDiagnostic['rule'] | undefined]> = [
    ['an .avsc file holding XML', 'avsc', '<?xml version="1.0"?><record/>\n', 'source/parse-error'],
    ['a .json file holding YAML', 'json', 'type: object\nproperties: {}\n', 'source/parse-error'],
    ['an .avsc file holding YAML', 'avsc', 'type: record\nname: R\nfields: []\n', 'source/parse-error'],
    ['a .proto file holding JSON', 'proto', SCHEMA, 'protobuf/parse-error'],
    ['an .xsd file holding binary', 'xsd', '\u0000\u0001\u0002PK\u0003\u0004', 'layout/parse-error'],
    ['an .xsd file holding JSON', 'xsd', SCHEMA, 'layout/parse-error'],
    ['an .xml file holding YAML', 'xml', 'a: b\n', 'layout/parse-error'],
    ['a .yaml file holding XML (a YAML string, not a schema)', 'yaml', '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>\n', 'jsonschema/not-a-schema'],
    ['an .xsd file holding an XML document that is not a schema', 'xsd', '<?xml version="1.0"?><order/>\n', 'xsd/not-a-schema'],
    ['an .avsc file holding a JSON Schema', 'avsc', SCHEMA, 'avro/invalid-schema'],
  ];
  lies.forEach(([name, ext, content, rule], i) => {
    const file = `schemagroups/el${i}/schemas/s.${ext}`;
    c.push(reg('lying extensions', name, { [file]: content }, rule ? [{ rule, file: R(file) }] : []));
  });
  return c;
}
