import type { ScriptStep } from '@xrgit/git';

/** Size of the generated registry. */
export interface LargeFixtureOptions {
  groups: number;
  schemasPerGroup: number;
  endpoints: number;
}

/** 30 schema groups × 10 schemas, 30 message groups × 10 messages, 5 endpoints. */
export const DEFAULT_LARGE: LargeFixtureOptions = { groups: 30, schemasPerGroup: 10, endpoints: 5 };

/** Where the external schema of the fixture points (never fetched). */
export const EXTERNAL_SCHEMA_URL = 'https://schemas.example.com/legacy/order.json';

/** Id of the group `g`, schema `s`: `g07`, `s3`. */
const gid = (g: number): string => `g${String(g).padStart(2, '0')}`;

/**
 * One schema document of kind `s % 6` at revision `rev` (every kind the build serves differently:
 * JSON Schema inline as JSON, Avro as JSON, Protobuf as a string, XSD as a string, YAML as base64,
 * and the full form with a sidecar). Returns the file path under `schemas/` and its content.
 */
function schemaFile(g: number, s: number, rev: number): [string, string] {
  const title = `${gid(g)}.s${s}`;
  switch (s % 6) {
    case 0:
      return [`s${s}.json`, `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', title, type: 'object', properties: Object.fromEntries(Array.from({ length: rev }, (_, i) => [`f${i}`, { type: 'string' }])) }, null, 2)}\n`];
    case 1:
      return [`s${s}.avsc`, `${JSON.stringify({ type: 'record', name: `S${s}`, namespace: `e2e.${gid(g)}`, fields: Array.from({ length: rev }, (_, i) => ({ name: `f${i}`, type: 'string', default: '' })) }, null, 2)}\n`];
    case 2:
      return [`s${s}.proto`, `syntax = "proto3";\n\npackage e2e.${gid(g)};\n\nmessage S${s} {\n${Array.from({ length: rev }, (_, i) => `  string f${i} = ${i + 1};\n`).join('')}}\n`];
    case 3:
      return [`s${s}.xsd`, `<?xml version="1.0" encoding="UTF-8"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n  <xs:element name="s${s}">\n    <xs:complexType>\n      <xs:sequence>\n${Array.from({ length: rev }, (_, i) => `        <xs:element name="f${i}" type="xs:string"/>\n`).join('')}      </xs:sequence>\n    </xs:complexType>\n  </xs:element>\n</xs:schema>\n`];
    case 4:
      return [`s${s}.yaml`, `$schema: http://json-schema.org/draft-07/schema#\ntitle: ${title}\ntype: object\nproperties:\n${Array.from({ length: rev }, (_, i) => `  f${i}:\n    type: integer\n`).join('')}`];
    default:
      return [`s${s}/schema.json`, `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', title, type: 'object', required: Array.from({ length: rev }, (_, i) => `f${i}`) }, null, 2)}\n`];
  }
}

/** The revision of schema `s` of group `g` after commit `c` (0-based): some change in each commit. */
function revision(g: number, s: number, c: number): number {
  let rev = 1;
  if (c >= 1 && (g + s) % 2 === 0) rev++;
  if (c >= 2 && s % 3 === 0) rev++;
  return rev;
}

/**
 * The versions the fixture's schemas must have after the last commit: one per distinct
 * revision, plus the external schema's one.
 */
export function expectedSchemaVersions(o: LargeFixtureOptions = DEFAULT_LARGE): number {
  let n = 1;
  for (let g = 0; g < o.groups; g++) for (let s = 0; s < o.schemasPerGroup; s++) n += revision(g, s, 2);
  return n;
}

function schemaFiles(o: LargeFixtureOptions, c: number, onlyChanged: boolean): Record<string, string> {
  const files: Record<string, string> = {};
  for (let g = 0; g < o.groups; g++) {
    for (let s = 0; s < o.schemasPerGroup; s++) {
      const rev = revision(g, s, c);
      if (onlyChanged && rev === revision(g, s, c - 1)) continue;
      const [name, content] = schemaFile(g, s, rev);
      files[`registry/schemagroups/${gid(g)}/schemas/${name}`] = content;
    }
  }
  return files;
}

/** `dataschemaformat` and `dataschemauri` fragment (`*` = the schema number) per schema kind. */
const MESSAGE_FORMATS: Array<[string, string]> = [
  ['JsonSchema/draft-07', ''],
  ['Avro/1.11', ''],
  ['Protobuf/3', '#S*'],
  ['XSD/1.0', ''],
  ['JsonSchema/draft-07', ''],
  ['JsonSchema/draft-07', ''],
];

function messageGroup(g: number, o: LargeFixtureOptions): string {
  const lines = [`name: Messages of ${gid(g)}`, 'envelope: CloudEvents/1.0', 'messages:'];
  for (let s = 0; s < o.schemasPerGroup; s++) {
    const [format, fragment] = MESSAGE_FORMATS[s % 6]!;
    lines.push(
      `  e2e.${gid(g)}.m${s}:`,
      `    description: Carries a ${gid(g)}/s${s} payload.`,
      '    envelope: CloudEvents/1.0',
      '    envelopemetadata:',
      '      type:',
      `        value: e2e.${gid(g)}.m${s}`,
      `    dataschemaformat: ${format}`,
      `    dataschemauri: /schemagroups/${gid(g)}/schemas/s${s}${fragment.replace('*', String(s))}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function endpoint(e: number, o: LargeFixtureOptions): string {
  const groups = Array.from({ length: o.groups }, (_, g) => g).filter((g) => g % o.endpoints === e);
  return [`name: Endpoint ${e}`, 'usage:', '  - producer', 'envelope: CloudEvents/1.0', 'protocol: HTTP', 'protocoloptions:', '  endpoints:', `    - uri: https://api.example.com/e${e}`, 'messagegroups:', ...groups.map((g) => `  - /messagegroups/${gid(g)}`), ''].join('\n');
}

/**
 * A registry of `groups` schema groups × `schemasPerGroup` schemas in three commits that change
 * documents (so schemas have one to three history-derived versions) and one attribute, plus one
 * message group per schema group whose messages reference the schemas by `dataschemauri`, plus
 * endpoints that reference the message groups, plus one schema with an external `schemaurl`.
 */
export function largeFixtureSteps(o: LargeFixtureOptions = DEFAULT_LARGE): ScriptStep[] {
  const first: Record<string, string> = {
    'registry/registry.yaml': 'registryid: e2e-large\nname: Generated registry\nlabels:\n  purpose: e2e\n',
    'registry/schemagroups/g00/schemas/legacy.details.yaml': `description: Lives elsewhere.\nformat: JsonSchema/draft-07\nschemaurl: ${EXTERNAL_SCHEMA_URL}\n`,
    ...schemaFiles(o, 0, false),
  };
  for (let g = 0; g < o.groups; g++) {
    first[`registry/schemagroups/${gid(g)}/schemagroup.yaml`] = `name: Schema group ${g}\n`;
    first[`registry/messagegroups/${gid(g)}.yaml`] = messageGroup(g, o);
  }
  for (let s = 5; s < o.schemasPerGroup; s += 6) first[`registry/schemagroups/${gid(0)}/schemas/s${s}/schema.details.yaml`] = 'description: Full form, first words.\n';
  for (let e = 0; e < o.endpoints; e++) first[`registry/endpoints/e${e}.yaml`] = endpoint(e, o);
  return [
    { commit: { message: 'Generate the registry', files: first } },
    { commit: { message: 'Change half of the schemas', files: schemaFiles(o, 1, true) } },
    { commit: { message: 'Change every third schema, reword one', files: { ...schemaFiles(o, 2, true), 'registry/schemagroups/g00/schemas/s5/schema.details.yaml': 'description: Full form, second words.\n' } } },
  ];
}
