import type { ExpectedDiagnostic, HostileCase, RegistryCase } from '../support/hostile-case.js';

const reg = (category: string, name: string, files: RegistryCase['files'], expect: ExpectedDiagnostic[], owns?: string[]): RegistryCase => ({ kind: 'registry', category, name, files, expect, ...(owns ? { owns } : {}) });
const R = (p: string): string => `registry/${p}`;
const SCHEMA = '{ "$schema": "http://json-schema.org/draft-07/schema#", "type": "object" }\n';

/** Ids that break the rules, written as map keys (any string) : [name, id, rule]. */
const KEY_IDS: ReadonlyArray<readonly [string, string, string]> = [
  ['129 characters', 'a'.repeat(129), 'id/malformed'],
  ['empty', '', 'id/malformed'],
  ['a slash', 'a/b', 'id/malformed'],
  ['dot dot', '..', 'id/malformed'],
  ['a single dot', '.', 'id/malformed'],
  ['a dollar sign', 'a$b', 'id/malformed'],
  ['a leading dollar sign', '$details', 'id/malformed'],
  ['a leading hyphen', '-a', 'id/malformed'],
  ['a leading dot', '.hidden', 'id/malformed'],
  ['a leading tilde', '~a', 'id/malformed'],
  ['a space', 'a b', 'id/malformed'],
  ['a backslash', 'a\\b', 'id/malformed'],
  ['a percent sign', 'a%2Fb', 'id/malformed'],
  ['a hash', 'a#b', 'id/malformed'],
  ['a question mark', 'a?b', 'id/malformed'],
  ['a non-ASCII letter', 'caf\u00e9', 'id/malformed'],
  ['a NUL character', 'a\u0000b', 'id/malformed'],
  ['a newline', 'a\nb', 'id/malformed'],
  ['the name index.html', 'index.html', 'layout/reserved-id'],
  ['the name INDEX.JSON in upper case', 'INDEX.JSON', 'layout/reserved-id'],
  ['a name ending .details', 'order.details', 'layout/reserved-id'],
  ['a name ending .hdr', 'order.hdr', 'layout/reserved-id'],
  ['a name ending .xreg', 'order.xreg', 'layout/reserved-id'],
  ['a name ending .HDR in upper case', 'order.HDR', 'layout/reserved-id'],
];

/** Ids that break the rules, written as file names under `schemas/`: [name, file stem, rule]. */
const FILE_IDS: ReadonlyArray<readonly [string, string, string]> = [
  ['129 characters', 'f'.repeat(129), 'id/malformed'],
  ['a dollar sign', 'a$b', 'id/malformed'],
  ['a leading hyphen', '-a', 'id/malformed'],
  ['a space', 'a b', 'id/malformed'],
  ['a non-ASCII letter', 'na\u00efve', 'id/malformed'],
  ['the name index.html', 'index.html', 'layout/reserved-id'],
  ['a name ending .hdr', 'x.hdr', 'layout/reserved-id'],
];

export function idCases(): HostileCase[] {
  const c: HostileCase[] = [];
  KEY_IDS.forEach(([name, id, rule], i) => {
    const file = `messagegroups/ik${i}.yaml`;
    c.push(reg('ids', `message id as a map key: ${name}`, { [file]: `messages:\n  ${JSON.stringify(id)}:\n    description: x\n` }, [{ rule, file: R(file), line: 2, column: 3 }]));
  });
  KEY_IDS.slice(0, 6).forEach(([name, id, rule], i) => {
    const file = `ikg${i}.xreg.json`;
    c.push(reg('ids', `group id as a key of an .xreg document: ${name}`, { [file]: `{\n  "schemagroups": {\n    ${JSON.stringify(id)}: {}\n  }\n}\n` }, [{ rule, file: R(file), line: 3, column: 5 }]));
  });
  FILE_IDS.forEach(([name, stem, rule], i) => {
    const file = `schemagroups/if${i}/schemas/${stem}.json`;
    c.push(reg('ids', `schema id as a file name: ${name}`, { [file]: SCHEMA }, [{ rule, file: R(file) }]));
  });
  FILE_IDS.slice(0, 5).forEach(([name, stem, rule], i) => {
    const file = `schemagroups/${stem === 'f'.repeat(129) ? 'g'.repeat(129) : `${stem}${i}`}/schemagroup.yaml`;
    c.push(reg('ids', `group id as a directory name: ${name}`, { [file]: 'description: x\n' }, [{ rule, file: R(file) }]));
  });
  c.push(reg('ids', 'version id "request" is reserved by the spec', { 'schemagroups/iv0/schemas/s/versions/request.json': SCHEMA }, [{ rule: 'id/malformed', file: R('schemagroups/iv0/schemas/s/versions/request.json') }]));
  c.push(reg('ids', 'version file "index.json" is version "index" and is accepted', { 'schemagroups/iv1/schemas/s/versions/index.json': SCHEMA }, []));
  c.push(reg('ids', 'case-insensitive duplicate resource files', { 'schemagroups/cd0/schemas/Order.json': SCHEMA, 'schemagroups/cd0/schemas/order.avsc': '"string"\n' }, [{ rule: 'layout/id-case-clash', file: R('schemagroups/cd0/schemas/order.avsc') }]));
  c.push(reg('ids', 'case-insensitive duplicate group directories', { 'schemagroups/CdDup/schemagroup.yaml': 'description: a\n', 'schemagroups/cddup/schemagroup.yaml': 'description: b\n' }, [{ rule: 'layout/id-case-clash', file: R('schemagroups/cddup/schemagroup.yaml') }]));
  c.push(reg('ids', 'case-insensitive duplicate: a resource file and a resource directory', { 'schemagroups/cd2/schemas/Order.json': SCHEMA, 'schemagroups/cd2/schemas/ORDER/schema.json': SCHEMA }, [{ rule: 'layout/id-case-clash', file: R('schemagroups/cd2/schemas/Order.json') }]));
  c.push(reg('ids', 'case-insensitive duplicate version files', { 'schemagroups/cd3/schemas/s/versions/v1.json': SCHEMA, 'schemagroups/cd3/schemas/s/versions/V1.json': SCHEMA }, [{ rule: 'layout/id-case-clash', file: R('schemagroups/cd3/schemas/s/versions/v1.json') }]));
  c.push(reg('ids', 'case-insensitive duplicate message keys in one group file', { 'messagegroups/cd4.yaml': 'messages:\n  Ping:\n    description: a\n  ping:\n    description: b\n' }, [{ rule: 'layout/id-case-clash', file: R('messagegroups/cd4.yaml'), line: 4, column: 3 }]));
  return c;
}
