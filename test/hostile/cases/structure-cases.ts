import type { ExpectedDiagnostic, HostileCase, RegistryCase } from '../support/hostile-case.js';

const reg = (category: string, name: string, files: RegistryCase['files'], expect: ExpectedDiagnostic[], owns?: string[]): RegistryCase => ({ kind: 'registry', category, name, files, expect, ...(owns ? { owns } : {}) });
const R = (p: string): string => `registry/${p}`;

/** Duplicate keys, YAML alias bombs, deep nesting, huge files and strings. */
export function resourceCases(): HostileCase[] {
  const c: HostileCase[] = [];
  const dupJson: ReadonlyArray<readonly [string, string, number, number]> = [
    ['top-level duplicate', '{ "type": "object", "type": "string" }', 1, 21],
    ['nested duplicate', '{\n  "properties": {\n    "x": {},\n    "x": {}\n  }\n}', 4, 5],
    ['duplicate spelled with a unicode escape', '{ "a": 1, "\\u0061": 2 }', 1, 11],
    ['duplicate inside an array item', '{ "enum": [ { "a": 1, "a": 2 } ] }', 1, 23],
    ['duplicate __proto__', '{ "__proto__": 1, "__proto__": 2 }', 1, 19],
  ];
  dupJson.forEach(([name, text, line, column], i) => c.push(reg('duplicate keys', `JSON document: ${name}`, { [`schemagroups/dk${i}/schemas/s.json`]: text }, [{ rule: 'source/duplicate-key', file: R(`schemagroups/dk${i}/schemas/s.json`), line, column }])));
  const dupYaml: ReadonlyArray<readonly [string, string, number, number]> = [
    ['top-level duplicate', 'description: a\ndescription: b\n', 2, 1],
    ['nested duplicate', 'labels:\n  a: x\n  a: y\n', 3, 3],
    ['duplicate in a flow mapping', 'labels: { a: x, a: y }\n', 1, 17],
    ['quoted and plain spelling of one key', 'labels:\n  a: x\n  "a": y\n', 3, 3],
    ['integer key and string key that read as the same name', 'labels:\n  1: x\n  "1": y\n', 3, 3],
    ['boolean key and string key that read as the same name', 'labels:\n  true: x\n  "true": y\n', 3, 3],
  ];
  dupYaml.forEach(([name, text, line, column], i) => c.push(reg('duplicate keys', `YAML attribute file: ${name}`, { [`schemagroups/dy${i}/schemagroup.yaml`]: text }, [{ rule: 'source/duplicate-key', file: R(`schemagroups/dy${i}/schemagroup.yaml`), line, column }])));
  c.push(reg('duplicate keys', 'message file with a duplicate deep in envelopemetadata', {
    'messagegroups/dm0/messages/m.yaml': 'envelope: CloudEvents/1.0\nenvelopemetadata:\n  type:\n    value: m\n    value: n\n',
  }, [{ rule: 'source/duplicate-key', file: R('messagegroups/dm0/messages/m.yaml'), line: 5, column: 5 }]));
  c.push(reg('duplicate keys', '.xreg.json document with a duplicate group id', {
    'dx0.xreg.json': '{ "schemagroups": { "dxg": {}, "dxg": {} } }',
  }, [{ rule: 'source/duplicate-key', file: R('dx0.xreg.json'), line: 1, column: 32 }], ['/schemagroups/dxg']));

  const laughs = (levels: number): string => {
    const lines = ['l0: &l0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
    return `description: bomb\nlabels: {}\nx_bomb:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
  };
  c.push(reg('alias bombs and deep nesting', 'billion laughs in a YAML attribute file', { 'schemagroups/ab0/schemagroup.yaml': laughs(9) }, [{ rule: 'source/yaml-alias-limit', file: R('schemagroups/ab0/schemagroup.yaml') }]));
  c.push(reg('alias bombs and deep nesting', 'billion laughs in a YAML schema document', { 'schemagroups/ab1/schemas/s.yaml': laughs(9) }, [{ rule: 'source/yaml-alias-limit', file: R('schemagroups/ab1/schemas/s.yaml') }]));
  c.push(reg('alias bombs and deep nesting', 'billion laughs in a message file', { 'messagegroups/ab2/messages/m.yaml': laughs(12) }, [{ rule: 'source/yaml-alias-limit', file: R('messagegroups/ab2/messages/m.yaml') }]));
  c.push(reg('alias bombs and deep nesting', 'alias that refers to its own anchor (an endless structure, too deep)', { 'schemagroups/ab3/schemagroup.yaml': 'labels: &a { x: *a }\n' }, [{ rule: 'source/too-deep', file: R('schemagroups/ab3/schemagroup.yaml') }]));
  const deepJson = (n: number): string => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
  c.push(reg('alias bombs and deep nesting', 'JSON document nested 300 objects deep', { 'schemagroups/dn0/schemas/s.json': deepJson(300) }, [{ rule: 'source/too-deep', file: R('schemagroups/dn0/schemas/s.json') }]));
  c.push(reg('alias bombs and deep nesting', 'JSON document nested 100000 arrays deep', { 'schemagroups/dn1/schemas/s.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}` }, [{ rule: 'source/too-deep', file: R('schemagroups/dn1/schemas/s.json') }]));
  c.push(reg('alias bombs and deep nesting', 'truncated JSON document nested 100000 arrays deep', { 'schemagroups/dn2/schemas/s.json': '['.repeat(100_000) }, [{ rule: 'source/too-deep', file: R('schemagroups/dn2/schemas/s.json') }]));
  c.push(reg('alias bombs and deep nesting', 'YAML flow sequences nested 100000 deep', { 'schemagroups/dn3/schemagroup.yaml': `labels: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n` }, [{ rule: 'source/too-deep', file: R('schemagroups/dn3/schemagroup.yaml') }]));
  c.push(reg('alias bombs and deep nesting', 'YAML block mappings nested 300 deep', { 'schemagroups/dn4/schemagroup.yaml': `${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} v\n` }, [{ rule: 'source/too-deep', file: R('schemagroups/dn4/schemagroup.yaml') }]));
  c.push(reg('alias bombs and deep nesting', 'deep nesting inside a message attribute', { 'messagegroups/dn5/messages/m.json': `{ "envelope": "CloudEvents/1.0", "envelopemetadata": ${deepJson(400)} }` }, [{ rule: 'source/too-deep', file: R('messagegroups/dn5/messages/m.json') }]));

  const big = 'x'.repeat(5 * 1024 * 1024);
  c.push(reg('huge files and strings', 'a 5 MB string attribute', { 'schemagroups/hg0/schemagroup.yaml': `description: ${big}\n` }, [{ rule: 'attribute/too-large', file: R('schemagroups/hg0/schemagroup.yaml'), line: 1, column: 1 }]));
  c.push(reg('huge files and strings', 'a 5 MB string inside a JSON Schema document is accepted', { 'schemagroups/hg1/schemas/s.json': `{ "$schema": "http://json-schema.org/draft-07/schema#", "description": "${big}" }` }, []));
  const keys = `{ "labels": { ${Array.from({ length: 100_000 }, (_, i) => `"k${i}": "v"`).join(', ')} } }`;
  c.push(reg('huge files and strings', 'a 100000-key labels map is accepted', { 'schemagroups/hg2/schemagroup.json': keys }, []));
  c.push(reg('huge files and strings', 'a syntax error after a 1 MB line is located at its column', { 'schemagroups/hg3/schemas/s.json': `{ "description": "${'y'.repeat(1_000_000)}", }` }, [{ rule: 'source/parse-error', file: R('schemagroups/hg3/schemas/s.json'), line: 1, column: 1_000_022 }]));
  c.push(reg('huge files and strings', 'a 100000-key object as an unknown attribute of a message', { 'messagegroups/hg4/messages/m.json': `{ "envelope": "CloudEvents/1.0", "envelopemetadata": { "type": { "value": "m" } }, "bogus": { ${Array.from({ length: 100_000 }, (_, i) => `"k${i}": ${i}`).join(', ')} } }` }, [{ rule: 'attribute/unknown', file: R('messagegroups/hg4/messages/m.json'), line: 1, column: 84 }]));
  return c;
}
