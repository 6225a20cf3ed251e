import type { ExpectedDiagnostic, HostileCase, RegistryCase } from '../support/hostile-case.js';

/** A schema group `g` holding one document `schemas/s.<ext>` with `content`. */
function documentCase(category: string, name: string, g: string, ext: string, content: string | Uint8Array, expect: (file: string) => ExpectedDiagnostic[]): RegistryCase {
  const file = `schemagroups/${g}/schemas/s.${ext}`;
  return { kind: 'registry', category, name, files: { [file]: content }, expect: expect(`registry/${file}`) };
}

/** A schema group `g` whose attribute file `schemagroup.<ext>` holds `content`. */
function attributeCase(category: string, name: string, g: string, ext: string, content: string | Uint8Array, expect: (file: string) => ExpectedDiagnostic[]): RegistryCase {
  const file = `schemagroups/${g}/schemagroup.${ext}`;
  return { kind: 'registry', category, name, files: { [file]: content }, expect: expect(`registry/${file}`) };
}

const at = (rule: string, line?: number, column?: number) => (file: string): ExpectedDiagnostic[] => [{ rule, file, ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}) }];
const none = (): ExpectedDiagnostic[] => [];

/** Malformed JSON documents (`.json` must be strict JSON): [name, text, line, column]. */
const MALFORMED_JSON: ReadonlyArray<readonly [string, string, number, number]> = [
  ['truncated object', '{ "type": "object", "properties": {', 1, 36],
  ['truncated string', '{ "title": "unterminated', 1, 25],
  ['truncated array', '{ "enum": [1, 2', 1, 16],
  ['trailing garbage after the object', '{ "type": "object" } x', 1, 22],
  ['two top-level objects', '{ "a": 1 }\n{ "b": 2 }', 2, 1],
  ['trailing comma in an object', '{ "type": "object", }', 1, 21],
  ['trailing comma in an array', '{ "enum": [1, 2, ] }', 1, 18],
  ['single-quoted key', "{ 'type': 'object' }", 1, 3],
  ['unquoted key', '{ type: "object" }', 1, 3],
  ['bad escape in a string', '{ "title": "a\\qb" }', 1, 14],
  ['unicode escape too short', '{ "title": "\\u12" }', 1, 13],
  ['raw control character in a string', '{ "title": "a\u0001b" }', 1, 14],
  ['tab inside a string', '{ "title": "a\tb" }', 1, 14],
  ['newline inside a string', '{ "title": "a\nb" }', 1, 14],
  ['missing colon', '{ "type" "object" }', 1, 10],
  ['missing comma', '{ "a": 1 "b": 2 }', 1, 10],
  ['close bracket instead of brace', '{ "a": [1, 2} ', 1, 13],
  ['unopened closing brace', '}', 1, 1],
  ['comment', '{ "a": 1 // note\n}', 1, 10],
  ['NaN literal', '{ "a": NaN }', 1, 8],
  ['leading zero number', '{ "a": 01 }', 1, 9],
  ['hex number', '{ "a": 0x10 }', 1, 9],
  ['YAML block mapping in a .json file', 'type: object\n', 1, 1],
  ['YAML flow mapping with bare words in a .json file', '{type: object}', 1, 2],
];

/** Malformed YAML attribute files: [name, text, line, column]. */
const MALFORMED_YAML: ReadonlyArray<readonly [string, string, number, number]> = [
  ['tab indentation', 'description: x\nlabels:\n\tteam: a\n', 3, 1],
  ['unclosed flow mapping', 'labels: { a: b\n', 2, 1],
  ['unclosed flow sequence', 'labels: [a, b\n', 2, 1],
  ['unterminated double-quoted string', 'description: "abc\n', 2, 1],
  ['bad escape in a double-quoted string', 'description: "a\\qb"\n', 1, 16],
  ['wrong nesting (value then mapping)', 'description: x\n  labels: y\n', 1, 14],
  ['mapping key without value at wrong indent', 'labels:\n  a: b\n c: d\n', 3, 1],
  ['two documents', 'description: a\n---\ndescription: b\n', 2, 1],
  ['undefined alias', 'description: *nothing\n', 1, 14],
  ['trailing garbage after a flow mapping', '{ description: x } y\n', 1, 20],
  ['stray closing bracket in a flow sequence', 'labels: [a] ]\n', 1, 13],
];

const EMPTY_SCHEMA = '{ "$schema": "http://json-schema.org/draft-07/schema#", "type": "object" }\n';
const bom8 = (s: string): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(s, 'utf8')]);
const utf16 = (s: string, le: boolean): Uint8Array => {
  const body = Buffer.from(s, 'utf16le');
  if (!le) body.swap16();
  return new Uint8Array([...(le ? [0xff, 0xfe] : [0xfe, 0xff]), ...body]);
};

/** Byte sequences that are not UTF-8, spliced into a string value: [name, bytes]. */
const INVALID_UTF8: ReadonlyArray<readonly [string, number[]]> = [
  ['a lone continuation byte', [0x80]],
  ['an overlong encoding of "/"', [0xc0, 0xaf]],
  ['a truncated 3-byte sequence', [0xe2, 0x82]],
  ['an encoded UTF-16 surrogate', [0xed, 0xa0, 0x80]],
  ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ['a 0xFF byte', [0xff]],
  ['Latin-1 e-acute', [0xe9]],
];
const withBytes = (prefix: string, bytes: number[], suffix: string): Uint8Array => new Uint8Array([...Buffer.from(prefix), ...bytes, ...Buffer.from(suffix)]);

export function syntaxCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  MALFORMED_JSON.forEach(([name, text, line, column], i) => cases.push(documentCase('malformed JSON/YAML', `JSON document: ${name}`, `mj${i}`, 'json', text, at('source/parse-error', line, column))));
  MALFORMED_YAML.forEach(([name, text, line, column], i) => cases.push(attributeCase('malformed JSON/YAML', `YAML attribute file: ${name}`, `my${i}`, 'yaml', text, at('source/parse-error', line, column))));
  cases.push(attributeCase('malformed JSON/YAML', 'YAML attribute file: an unknown tag is ignored and its plain value is accepted', 'my-tag', 'yaml', 'description: !evil x\n', none));
  cases.push(attributeCase('malformed JSON/YAML', 'YAML attribute file: a closing bracket after a plain scalar is text and is accepted', 'my-text', 'yaml', 'description: x ]\n', none));
  cases.push(attributeCase('malformed JSON/YAML', 'attribute file whose top level is a sequence', 'my-seq', 'yaml', '- a\n- b\n', at('source/not-an-object', 1, 1)));
  cases.push(attributeCase('malformed JSON/YAML', 'attribute file whose top level is a string', 'my-str', 'json', '"just a string"\n', at('source/not-an-object', 1, 1)));
  cases.push(documentCase('malformed JSON/YAML', '.avsc document that is not JSON', 'mavsc', 'avsc', '{ "type": "record", "name": "R", "fields": [ }', at('source/parse-error', 1, 46)));

  cases.push(documentCase('BOM', 'UTF-8 BOM before a JSON document is accepted', 'bom1', 'json', bom8(EMPTY_SCHEMA), none));
  cases.push(attributeCase('BOM', 'UTF-8 BOM before a YAML attribute file is accepted', 'bom2', 'yaml', bom8('description: with a BOM\n'), none));
  cases.push(documentCase('BOM', 'UTF-16 LE with BOM JSON document', 'bom3', 'json', utf16(EMPTY_SCHEMA, true), at('source/invalid-utf8')));
  cases.push(documentCase('BOM', 'UTF-16 BE with BOM JSON document', 'bom4', 'json', utf16(EMPTY_SCHEMA, false), at('source/invalid-utf8')));
  cases.push(attributeCase('BOM', 'UTF-16 LE with BOM YAML attribute file', 'bom5', 'yaml', utf16('description: x\n', true), at('source/invalid-utf8')));
  cases.push(attributeCase('BOM', 'UTF-16 BE with BOM YAML attribute file', 'bom6', 'yaml', utf16('description: x\n', false), at('source/invalid-utf8')));
  cases.push(documentCase('BOM', 'a BOM in the middle of a JSON document', 'bom7', 'json', `{ "title": 1,\uFEFF "type": "object" }`, at('source/parse-error', 1, 14)));
  cases.push(documentCase('BOM', 'UTF-16 LE Protobuf document', 'bom8', 'proto', utf16('syntax = "proto3";\n', true), at('source/invalid-utf8')));

  INVALID_UTF8.forEach(([name, bytes], i) => {
    cases.push(documentCase('invalid UTF-8', `JSON document with ${name}`, `u8j${i}`, 'json', withBytes('{ "title": "', bytes, '" }'), at('source/invalid-utf8')));
    cases.push(attributeCase('invalid UTF-8', `YAML attribute file with ${name}`, `u8y${i}`, 'yaml', withBytes('description: "', bytes, '"\n'), at('source/invalid-utf8')));
  });
  cases.push(documentCase('invalid UTF-8', 'XSD document with a lone continuation byte', 'u8x', 'xsd', withBytes('<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><!-- ', [0x80], ' --></xs:schema>'), at('source/invalid-utf8')));
  cases.push(documentCase('invalid UTF-8', 'Protobuf document with a lone continuation byte', 'u8p', 'proto', withBytes('syntax = "proto3";\n// ', [0x80], '\n'), at('source/invalid-utf8')));
  return cases;
}
