import type { ExpectedDiagnostic, HostileCase, RegistryCase } from '../support/hostile-case.js';

const reg = (category: string, name: string, files: RegistryCase['files'], expect: ExpectedDiagnostic[], owns?: string[]): RegistryCase => ({ kind: 'registry', category, name, files, expect, ...(owns ? { owns } : {}) });
const R = (p: string): string => `registry/${p}`;
const SCHEMA = '{ "$schema": "http://json-schema.org/draft-07/schema#", "type": "object" }\n';

export const SCRIPT = '<script>alert("xrgit")</script><img src=x onerror=alert(1)>';
const POLLUTERS = ['__proto__', 'constructor', 'prototype'] as const;

/** Prototype-pollution keys in places where they are errors. */
export function pollutionErrorCases(): HostileCase[] {
  const c: HostileCase[] = [];
  POLLUTERS.forEach((key, i) => {
    // Schema groups allow any extension attribute ("*"), so the key is an ordinary extension there.
    c.push(reg('prototype pollution', `"${key}" as an extension attribute of a group in YAML is accepted`, { [`schemagroups/pp${i}/schemagroup.yaml`]: `description: x\n${key}:\n  polluted: true\n` }, []));
    c.push(reg('prototype pollution', `"${key}" as an extension attribute of a group in JSON is accepted`, { [`schemagroups/pj${i}/schemagroup.json`]: `{ "description": "x", "${key}": { "polluted": true } }` }, []));
    c.push({ ...reg('prototype pollution', `"${key}" as an attribute of a message`, { [`messagegroups/pm${i}/messages/m.yaml`]: `description: x\n${key}:\n  isdefault: true\n` }, [{ rule: 'attribute/unknown', file: R(`messagegroups/pm${i}/messages/m.yaml`), line: 2, column: 1 }]) });
    c.push({ ...reg('prototype pollution', `"${key}" as a key of the meta object`, { [`schemagroups/pt${i}/schemas/s.json`]: SCHEMA, [`schemagroups/pt${i}/schemas/s.details.yaml`]: `meta:\n  ${key}:\n    readonly: true\n` }, [{ rule: 'attribute/unknown', file: R(`schemagroups/pt${i}/schemas/s.details.yaml`), line: 2, column: 3 }]) });
  });
  c.push(reg('prototype pollution', '"__proto__" as a labels key (map keys start with a letter or digit)', { 'schemagroups/pl0/schemagroup.yaml': 'labels:\n  __proto__: x\n' }, [{ rule: 'attribute/invalid-map-key', file: R('schemagroups/pl0/schemagroup.yaml'), line: 2, column: 3 }]));
  c.push(reg('prototype pollution', '"__proto__" as a version id with a bad ancestor', { 'schemagroups/pv0/schemas/s/versions/__proto__.json': SCHEMA, 'schemagroups/pv0/schemas/s/versions/__proto__.details.yaml': 'ancestorid: constructor\n' }, [{ rule: 'version/unknown-ancestor', file: R('schemagroups/pv0/schemas/s/versions/__proto__.details.yaml') }]));
  return c;
}

/**
 * Hostile content that is valid: the registry builds, and the output must carry it as data.
 * Each case lists the paths of the built site that must exist.
 */
export interface ValidHostileCase extends RegistryCase {
  /** Site paths (pages profile) that must exist after the build. */
  sitePaths: readonly string[];
}

export function validHostileCases(): ValidHostileCase[] {
  const c: ValidHostileCase[] = [];
  const v = (category: string, name: string, files: RegistryCase['files'], sitePaths: string[]): void => {
    c.push({ kind: 'registry', category, name, files, expect: [], sitePaths });
  };
  POLLUTERS.forEach((key, i) => {
    v('prototype pollution', `"${key}" as a group id`, { [`schemagroups/${key}/schemagroup.yaml`]: 'description: polluter group\n' }, [`schemagroups/${key}/index.html`]);
    v('prototype pollution', `"${key}" as a schema id`, { [`schemagroups/pid${i}/schemas/${key}.json`]: SCHEMA }, [`schemagroups/pid${i}/schemas/${key}/index.html`, `schemagroups/pid${i}/schemas/${key}$details`]);
    v('prototype pollution', `"${key}" as a message id in a group file`, { [`messagegroups/pmk${i}.yaml`]: `messages:\n  ${key}:\n    description: x\n` }, [`messagegroups/pmk${i}/messages/${key}/index.html`]);
    v('prototype pollution', `"${key}" as an explicit version id`, { [`schemagroups/pvk${i}/schemas/s/versions/${key}.json`]: SCHEMA }, [`schemagroups/pvk${i}/schemas/s/versions/${key}/index.html`]);
  });
  v('prototype pollution', '"constructor" and "prototype" as labels keys', { 'schemagroups/plk/schemagroup.yaml': 'labels:\n  constructor: a\n  prototype: b\n' }, ['schemagroups/plk/index.html']);
  v('prototype pollution', '"__proto__" as a property name inside a JSON Schema document', { 'schemagroups/pdoc/schemas/s.json': '{ "$schema": "http://json-schema.org/draft-07/schema#", "properties": { "__proto__": { "type": "string" }, "constructor": { "type": "number" } } }\n' }, ['schemagroups/pdoc/schemas/s/index.html']);
  v('HTML in descriptions', 'a script tag in a group description', { 'schemagroups/html0/schemagroup.yaml': `description: '${SCRIPT}'\n` }, ['schemagroups/html0/index.html']);
  v('HTML in descriptions', 'a script tag in a schema name and a label', { 'schemagroups/html1/schemas/s.json': SCHEMA, 'schemagroups/html1/schemas/s.details.yaml': `name: '${SCRIPT}'\nlabels:\n  x: '${SCRIPT}'\n` }, ['schemagroups/html1/schemas/s$details']);
  v('HTML in descriptions', 'a script tag in a message description', { 'messagegroups/html2.yaml': `messages:\n  m:\n    description: '${SCRIPT}'\n` }, ['messagegroups/html2/messages/m/index.html']);
  v('HTML in descriptions', 'a script tag as the text of a JSON Schema document', { 'schemagroups/html3/schemas/s.json': `{ "$schema": "http://json-schema.org/draft-07/schema#", "description": ${JSON.stringify(SCRIPT)} }\n` }, ['schemagroups/html3/schemas/s/index.html']);
  v('HTML in descriptions', 'an XML schema with a script element', { 'schemagroups/html4/schemas/s.xsd': `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:annotation><xs:documentation>&lt;script&gt;alert(1)&lt;/script&gt;</xs:documentation></xs:annotation></xs:schema>\n` }, ['schemagroups/html4/schemas/s/index.html']);
  v('HTML in descriptions', 'a script tag in the registry-level .xreg document of a group', { 'html5.xreg.json': `{ "schemagroups": { "html5": { "description": ${JSON.stringify(SCRIPT)} } } }\n` }, ['schemagroups/html5/index.html']);
  return c;
}
