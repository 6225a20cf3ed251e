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
