import type { DocumentCase, HostileCase } from '../support/hostile-case.js';

const doc = (category: string, name: string, fileName: string, content: string | Uint8Array, expect: DocumentCase['expect'], exit = 1): DocumentCase => ({ kind: 'document', category, name, fileName, content, expect, exit });

/** Single xRegistry documents for `xrgit validate FILE` and `xrgit import FILE`. */
export function documentCases(): HostileCase[] {
  const laughs = ['a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `${'bcdefghij'[i]}: &${'bcdefghij'[i]} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)].join('\n');
  return [
    doc('malformed JSON/YAML', 'a truncated .xreg.json document', 'trunc.xreg.json', '{ "schemagroups": { "g": {', [{ rule: 'source/parse-error', file: 'trunc.xreg.json', line: 1, column: 27 }]),
    doc('malformed JSON/YAML', 'an .xreg.json document with trailing garbage', 'garbage.xreg.json', '{ "schemagroups": {} }\n]]', [{ rule: 'source/parse-error', file: 'garbage.xreg.json', line: 2, column: 1 }]),
    doc('malformed JSON/YAML', 'an .xreg.yaml document with tab indentation', 'tabs.xreg.yaml', 'schemagroups:\n\tg: {}\n', [{ rule: 'source/parse-error', file: 'tabs.xreg.yaml', line: 2, column: 1 }]),
    doc('malformed JSON/YAML', 'an .xreg.json document holding YAML', 'yaml.xreg.json', 'schemagroups:\n  g: {}\n', [{ rule: 'source/parse-error', file: 'yaml.xreg.json', line: 1, column: 1 }]),
    doc('BOM', 'a UTF-8 BOM before an .xreg.json document is accepted', 'bom.xreg.json', '\uFEFF{ "schemagroups": {} }\n', [], 0),
    doc('BOM', 'a UTF-16 .xreg.json document', 'utf16.xreg.json', new Uint8Array([0xff, 0xfe, ...Buffer.from('{ "schemagroups": {} }', 'utf16le')]), [{ rule: 'source/invalid-utf8', file: 'utf16.xreg.json' }]),
    doc('invalid UTF-8', 'an .xreg.json document with an overlong slash', 'overlong.xreg.json', new Uint8Array([...Buffer.from('{ "description": "'), 0xc0, 0xaf, ...Buffer.from('" }')]), [{ rule: 'source/invalid-utf8', file: 'overlong.xreg.json' }]),
    doc('duplicate keys', 'an .xreg.json document with a duplicate nested key', 'dup.xreg.json', '{\n  "schemagroups": {\n    "g": { "description": "a", "description": "b" }\n  }\n}\n', [{ rule: 'source/duplicate-key', file: 'dup.xreg.json', line: 3, column: 32 }]),
    doc('alias bombs and deep nesting', 'billion laughs in an .xreg.yaml document', 'laughs.xreg.yaml', `${laughs}\n`, [{ rule: 'source/yaml-alias-limit', file: 'laughs.xreg.yaml' }]),
    doc('alias bombs and deep nesting', 'an .xreg.json document nested 1000 levels deep', 'deep.xreg.json', `${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}`, [{ rule: 'source/too-deep', file: 'deep.xreg.json' }]),
    doc('prototype pollution', 'an .xreg.json document with "__proto__" as a registry attribute', 'proto.xreg.json', '{ "__proto__": { "schemagroups": { "evil": {} } } }\n', [{ rule: 'attribute/unknown', file: 'proto.xreg.json', line: 1, column: 3 }]),
    doc('prototype pollution', 'an .xreg.json document with "__proto__" as a group id is accepted', 'proto-id.xreg.json', '{ "schemagroups": { "__proto__": { "description": "x" } } }\n', [], 0),
    doc('prototype pollution', 'an .xreg.json document with "constructor" as a map key of labels is accepted', 'ctor.xreg.json', '{ "labels": { "constructor": "x", "prototype": "y" } }\n', [], 0),
    doc('ids', 'an .xreg.json document with a group id of 129 characters', 'long.xreg.json', `{\n  "schemagroups": {\n    "${'a'.repeat(129)}": {}\n  }\n}\n`, [{ rule: 'id/malformed', file: 'long.xreg.json', line: 3, column: 5 }]),
    doc('ids', 'an .xreg.json document with case-insensitive duplicate group ids', 'case.xreg.json', '{\n  "schemagroups": {\n    "G": {},\n    "g": {}\n  }\n}\n', [{ rule: 'id/duplicate', file: 'case.xreg.json', line: 4, column: 5 }]),
  ];
}
