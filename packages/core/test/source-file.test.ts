import { describe, expect, it } from 'vitest';
import { Diagnostics, SourceFile } from '../src/index.js';

describe('SourceFile', () => {
  it('gives 1-based positions of keys for JSON and YAML alike', () => {
    const d = new Diagnostics();
    const json = SourceFile.parse('a.json', '{\n  "groups": {\n    "g1": { "name": "x" }\n  }\n}\n', d);
    expect(json.positionOf('/groups/g1/name')).toEqual({ line: 3, column: 13 });
    const yaml = SourceFile.parse('a.yaml', 'groups:\n  g1:\n    name: x\n', d);
    expect(yaml.positionOf('/groups/g1/name')).toEqual({ line: 3, column: 5 });
    expect(yaml.positionOf('/groups/nope')).toBeUndefined();
    expect(d.items).toEqual([]);
  });

  it('reports a duplicate key with its position and yields no value', () => {
    const d = new Diagnostics();
    const f = SourceFile.parse('dup.json', '{\n  "a": 1,\n  "a": 2\n}', d);
    expect(f.value).toBeUndefined();
    expect(d.items.map((i) => [i.code, i.location.line])).toEqual([['source/duplicate-key', 3]]);
  });

  it('reports a syntax error with a position', () => {
    const d = new Diagnostics();
    SourceFile.parse('bad.json', '{ "a": [1, 2 }', d);
    expect(d.items[0]?.code).toBe('source/parse-error');
    expect(d.items[0]?.location.line).toBe(1);
  });

  it('strips a UTF-8 byte order mark', () => {
    const d = new Diagnostics();
    expect(SourceFile.parse('bom.json', '\uFEFF{"a": 1}', d).value).toEqual({ a: 1 });
  });

  it('refuses YAML alias bombs', () => {
    const d = new Diagnostics();
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) bomb.push(`${'bcdefghi'[i]}: &${'bcdefghi'[i]} [*${i === 0 ? 'a' : 'bcdefghi'[i - 1]},*${i === 0 ? 'a' : 'bcdefghi'[i - 1]},*${i === 0 ? 'a' : 'bcdefghi'[i - 1]},*${i === 0 ? 'a' : 'bcdefghi'[i - 1]},*${i === 0 ? 'a' : 'bcdefghi'[i - 1]},*${i === 0 ? 'a' : 'bcdefghi'[i - 1]},*${i === 0 ? 'a' : 'bcdefghi'[i - 1]},*${i === 0 ? 'a' : 'bcdefghi'[i - 1]},*${i === 0 ? 'a' : 'bcdefghi'[i - 1]}]`);
    const f = SourceFile.parse('bomb.yaml', bomb.join('\n'), d);
    expect(f.value).toBeUndefined();
    expect(d.items[0]?.code).toBe('source/yaml-alias-limit');
  });
});

describe('hostile YAML and JSON sources', () => {
  const parse = (file: string, text: string) => {
    const d = new Diagnostics();
    const sf = SourceFile.parse(file, text, d);
    return { value: sf.value, found: d.items.map((i) => `${i.code} ${i.location.line ?? '-'}:${i.location.column ?? '-'}`) };
  };

  it.each([
    ['an integer key and a string key', 'labels:\n  1: x\n  "1": y\n'],
    ['a boolean key and a string key', 'labels:\n  true: x\n  "true": y\n'],
  ])('reports %s that read as the same name as a duplicate key', (_name, text) => {
    expect(parse('a.yaml', text)).toEqual({ value: undefined, found: ['source/duplicate-key 3:3'] });
  });

  it('reports a nesting that exhausts the parser once, as too deep, not as hundreds of syntax errors', () => {
    const { found } = parse('a.json', '['.repeat(100_000));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^source\/too-deep 1:\d+$/);
  });

  it('reports only the first syntax error of a file', () => {
    expect(parse('a.yaml', 'labels: { a: b\n').found).toEqual(['source/parse-error 2:1']);
  });
});

describe('strict JSON for files named .json and .avsc', () => {
  const parse = (file: string, text: string) => {
    const d = new Diagnostics();
    const sf = SourceFile.parse(file, text, d);
    return { value: sf.value, found: d.items.map((i) => `${i.code} ${i.location.line ?? '-'}:${i.location.column ?? '-'}`) };
  };

  it.each([
    ['a trailing comma', 'a.json', '{\n  "a": 1,\n}\n', 'source/parse-error 3:1'],
    ['single quotes', 'a.json', "{\n  'a': 1\n}\n", 'source/parse-error 2:3'],
    ['NaN', 'a.avsc', '{"type": "record", "default": NaN}', 'source/parse-error 1:31'],
    ['an unquoted key', 'a.xreg.json', '{\n  "groups": {\n    g1: {}\n  }\n}', 'source/parse-error 3:5'],
    ['a comment', 'A.JSON', '{\n  // note\n  "a": 1\n}', 'source/parse-error 2:3'],
    ['YAML', 'a.json', 'description: x\nname: y\n', 'source/parse-error 1:1'],
    ['an empty file', 'a.json', '', 'source/parse-error 1:1'],
    ['a bad escape', 'a.json', '{"a": "x\\qy"}', 'source/parse-error 1:9'],
    ['a raw newline in a string', 'a.json', '{"a": "x\ny"}', 'source/parse-error 1:9'],
    ['a number with a bare fraction point', 'a.json', '{"a": 1.}', 'source/parse-error 1:8'],
    ['text after the value', 'a.json', '{}\n{}', 'source/parse-error 2:1'],
    ['an unclosed object', 'a.json', '{"a": [1, 2]', 'source/parse-error 1:13'],
    ['an unclosed string', 'a.json', '{"a": "b', 'source/parse-error 1:9'],
  ])('reports %s as a syntax error at the offending character, never reading it as YAML', (_name, file, text, found) => {
    expect(parse(file, text)).toEqual({ value: undefined, found: [found] });
  });

  it('reports 100000 unclosed brackets in a .json file once, as too deep', () => {
    expect(parse('a.json', '['.repeat(100_000)).found).toEqual(['source/too-deep 1:100001']);
  });

  it('still reads YAML flow syntax from .yaml files and from files with other names', () => {
    expect(parse('a.yaml', "{'a': 1,}").value).toEqual({ a: 1 });
    expect(parse('model', '{a: 1}').value).toEqual({ a: 1 });
  });

  it('reads well-formed JSON with exotic but valid tokens', () => {
    expect(parse('a.avsc', ' {"a": [-0.5e+3, true, null, "\\u00e9\\n"], "b": {}} \n').value).toEqual({ a: [-500, true, null, 'é\n'], b: {} });
  });
});

describe('YAML aliases', () => {
  it('reports an alias that names no anchor as a syntax error at the alias, not as an alias bomb', () => {
    const d = new Diagnostics();
    expect(SourceFile.parse('a.yaml', 'labels:\n  x: *nothing\n', d).value).toBeUndefined();
    expect(d.items.map((i) => `${i.code} ${i.location.line}:${i.location.column}`)).toEqual(['source/parse-error 2:6']);
  });
});
