import { describe, expect, it } from 'vitest';
import { ATTRIBUTE_TYPES, SCALAR_TYPES, type AttributeType } from '../src/model/model-types.js';
import {
  BUILTIN_MODELS,
  DEFAULT_MODEL,
  builtinModelSource,
  resolveBuiltinInclude,
  type BuiltinModelName,
} from '../src/models/builtin-models.js';
import { PROTOCOLS, PROTOCOL_ALIASES, canonicalProtocol } from '../src/models/protocol-names.js';

type Json = Record<string, unknown>;

/** Expands `$include`/`$includes` against the built-ins; local keys win, earlier includes win. */
function expand(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(expand);
  if (node === null || typeof node !== 'object') return node;
  const source = node as Json;
  const out: Json = {};
  for (const [key, value] of Object.entries(source)) if (key !== '$include' && key !== '$includes') out[key] = expand(value);
  const refs = typeof source.$include === 'string' ? [source.$include] : ((source.$includes as string[] | undefined) ?? []);
  for (const ref of refs) {
    const target = resolveBuiltinInclude(ref);
    if (target === undefined) throw new Error(`unresolved include ${ref}`);
    for (const [key, value] of Object.entries(expand(target) as Json)) if (!(key in out)) out[key] = value;
  }
  return out;
}

function resolved(name: string): { groups: Record<string, Json> } {
  return expand(builtinModelSource(name)) as { groups: Record<string, Json> };
}

/** Value at a path of keys (keys may contain dots or slashes). */
function at(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const key of path) node = (node as Json | undefined)?.[key];
  return node;
}

interface Definition {
  where: string;
  key: string;
  def: Json;
  charset: 'strict' | 'extended';
  isItem: boolean;
}

/** Every attribute and item definition of a resolved model, with the charset its name obeys. */
function definitions(model: { groups: Record<string, Json> }): Definition[] {
  const out: Definition[] = [];
  const visit = (where: string, key: string, def: Json, charset: 'strict' | 'extended', isItem: boolean): void => {
    out.push({ where, key, def, charset, isItem });
    const own = def.namecharset === 'extended' ? 'extended' : 'strict';
    for (const [k, d] of Object.entries((def.attributes as Record<string, Json> | undefined) ?? {})) visit(`${where}.${k}`, k, d, own, false);
    if (def.item) visit(`${where}[]`, '[]', def.item as Json, 'strict', true);
    for (const [v, iv] of Object.entries((def.ifvalues as Record<string, { siblingattributes: Record<string, Json> }> | undefined) ?? {})) {
      for (const [k, d] of Object.entries(iv.siblingattributes)) visit(`${where}(${v}).${k}`, k, d, charset, false);
    }
  };
  for (const [gp, group] of Object.entries(model.groups)) {
    for (const [k, d] of Object.entries((group.attributes as Record<string, Json> | undefined) ?? {})) visit(`${gp}.${k}`, k, d, 'strict', false);
    for (const [rp, resource] of Object.entries((group.resources as Record<string, Json> | undefined) ?? {})) {
      for (const aspect of ['attributes', 'metaattributes']) {
        for (const [k, d] of Object.entries((resource[aspect] as Record<string, Json> | undefined) ?? {})) visit(`${gp}/${rp}.${k}`, k, d, 'strict', false);
      }
    }
  }
  return out;
}

const NAMES = Object.keys(BUILTIN_MODELS) as BuiltinModelName[];
const STRICT_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const EXTENDED_NAME = /^[a-z0-9][a-z0-9:._-]{0,62}$/;
const all = NAMES.flatMap((name) => definitions(resolved(name)).map((d) => ({ ...d, where: `${name} ${d.where}` })));
const isScalar = (type: unknown): boolean => SCALAR_TYPES.has(type as AttributeType);

describe('every attribute definition of the built-in models', () => {
  const checks: Array<[string, (d: Definition) => boolean]> = [
    ['has a valid name for the charset of its object, or is *', (d) => d.isItem || d.key === '*' || (d.charset === 'extended' ? EXTENDED_NAME : STRICT_NAME).test(d.key)],
    ['has a core type', (d) => (ATTRIBUTE_TYPES as readonly string[]).includes(d.def.type as string)],
    ['is a map or array exactly when it has an item', (d) => (d.def.type === 'map' || d.def.type === 'array') === (d.def.item !== undefined)],
    ['has a default only when it is a required scalar', (d) => d.def.default === undefined || (d.def.required === true && isScalar(d.def.type))],
    ['has a default that is one of its enum values', (d) => d.def.default === undefined || d.def.enum === undefined || (d.def.enum as unknown[]).includes(d.def.default)],
    ['has an enum only when it is a scalar', (d) => d.def.enum === undefined || isScalar(d.def.type)],
    ['has ifvalues only when it is a scalar', (d) => d.def.ifvalues === undefined || isScalar(d.def.type)],
    ['has a target only when it is a uri, url or xid', (d) => d.def.target === undefined || ['uri', 'url', 'xid'].includes(d.def.type as string)],
    ['has a namecharset only when it is an object', (d) => d.def.namecharset === undefined || d.def.type === 'object'],
    ['has attributes only when it is an object', (d) => d.def.attributes === undefined || d.def.type === 'object'],
    ['is never a required or conditional wildcard', (d) => d.key !== '*' || (d.def.required !== true && d.def.ifvalues === undefined)],
    ['has ifvalues keys that are non-empty, unique ignoring case and free of a leading ^', (d) => {
      const keys = Object.keys((d.def.ifvalues as Json | undefined) ?? {});
      return new Set(keys.map((k) => k.toLowerCase())).size === keys.length && keys.every((k) => k !== '' && !k.startsWith('^'));
    }],
  ];
  it.each(checks)('%s', (_name, check) => {
    expect(all.length).toBeGreaterThan(300);
    expect(all.filter((d) => !check(d)).map((d) => d.where)).toEqual([]);
  });
});

describe('the built-in models', () => {
  it('resolve every include against the built-ins', () => {
    for (const name of NAMES) expect(() => resolved(name)).not.toThrow();
  });

  it.each([
    ['the message model keeps one version per message', 'xregistry:message', ['messagegroups', 'resources', 'messages', 'maxversions'], 1],
    ['the message model has no documents', 'xregistry:message', ['messagegroups', 'resources', 'messages', 'hasdocument'], false],
    ['the schema model validates formats', 'xregistry:schema', ['schemagroups', 'resources', 'schemas', 'validateformat'], true],
    ['the schema model validates compatibility', 'xregistry:schema', ['schemagroups', 'resources', 'schemas', 'validatecompatibility'], true],
    ['the schema model does not reject unknown formats', 'xregistry:schema', ['schemagroups', 'resources', 'schemas', 'strictvalidation'], false],
    ['the schema format is required', 'xregistry:schema', ['schemagroups', 'resources', 'schemas', 'attributes', 'format', 'required'], true],
    ['the schema format matches across versions', 'xregistry:schema', ['schemagroups', 'resources', 'schemas', 'attributes', 'format', 'matchversions'], true],
    ['schema versions follow the group format', 'xregistry:schema', ['schemagroups', 'constraints', 'schemas.format', 'equals'], 'format'],
    ['XML schema documents are strings', 'xregistry:schema', ['schemagroups', 'resources', 'schemas', 'typemap', 'application/xml'], 'string'],
    ['text schema documents such as .proto are strings', 'xregistry:schema', ['schemagroups', 'resources', 'schemas', 'typemap', 'text/*'], 'string'],
    ['endpoints import the message resource type', 'xregistry:endpoint', ['endpoints', 'ximportresources'], ['/messagegroups/messages']],
    ['endpoint usage is required', 'xregistry:endpoint', ['endpoints', 'attributes', 'usage', 'required'], true],
    ['the usage enum sits on the scalar item', 'xregistry:endpoint', ['endpoints', 'attributes', 'usage', 'item', 'enum'], ['subscriber', 'consumer', 'producer']],
    ['endpoint message groups target message groups', 'xregistry:endpoint', ['endpoints', 'attributes', 'messagegroups', 'item', 'target'], '/messagegroups'],
    ['endpoints use the core deprecated object', 'xregistry:endpoint', ['endpoints', 'attributes', 'deprecated'], undefined],
    ['base messages are messages or message versions', 'xregistry:message', ['messagegroups', 'resources', 'messages', 'attributes', 'basemessageuri', 'target'], '/messagegroups/messages[/versions]'],
  ])('%s', (_name, model, path, expected) => {
    expect(at(resolved(model).groups, path)).toEqual(expected);
  });

  it('compose the CloudEvents registry of exactly endpoints, message groups and schema groups', () => {
    expect(Object.keys(resolved('xregistry:cloudevents').groups).sort()).toEqual(['endpoints', 'messagegroups', 'schemagroups']);
    expect(DEFAULT_MODEL).toBe('xregistry:cloudevents');
  });

  it('give the endpoint model the same message groups as the message model', () => {
    expect(resolved('xregistry:endpoint').groups.messagegroups).toEqual(resolved('xregistry:message').groups.messagegroups);
  });

  it.each([
    ['../schema/model.json#groups', 'xregistry:schema#/groups'],
    ['../message/model.json#groups', 'xregistry:message#/groups'],
    ['../endpoint/model.json#groups', 'xregistry:endpoint#/groups'],
    ['../message/model.json#/groups/messagegroups', 'xregistry:message#/groups/messagegroups'],
    ['xregistry:cloudevents', '../cloudevents/model.json'],
  ])('resolve the spec include %s like %s', (spec, ours) => {
    expect(resolveBuiltinInclude(spec)).toEqual(resolveBuiltinInclude(ours));
    expect(resolveBuiltinInclude(spec)).toBeDefined();
  });

  it.each(['xregistry:nope', '../nope/model.json', 'xregistry:message#/groups/nope', 'xregistry:message#/groups/messagegroups/singular/x'])(
    'resolve nothing for %s',
    (ref) => expect(resolveBuiltinInclude(ref)).toBeUndefined(),
  );

  it('hand out copies that callers may change', () => {
    const copy = builtinModelSource('xregistry:schema') as { groups: Json };
    delete copy.groups.schemagroups;
    expect(Object.keys(resolved('xregistry:schema').groups)).toEqual(['schemagroups']);
  });
});

describe('the protocol options', () => {
  const ifvalues = [
    ['message', at(resolved('xregistry:message').groups, ['messagegroups', 'resources', 'messages', 'attributes', 'protocol', 'ifvalues'])],
    ['endpoint', at(resolved('xregistry:endpoint').groups, ['endpoints', 'attributes', 'protocol', 'ifvalues'])],
  ] as const;

  it.each(ifvalues)('of a %s cover every defined protocol and alias', (_kind, values) => {
    expect(Object.keys(values as Json).sort()).toEqual([...PROTOCOLS, ...Object.keys(PROTOCOL_ALIASES)].sort());
  });

  it.each(ifvalues)('of a %s are the same under an alias as under its protocol', (_kind, values) => {
    for (const [alias, protocol] of Object.entries(PROTOCOL_ALIASES)) expect((values as Json)[alias]).toEqual((values as Json)[protocol]);
  });

  it.each([
    ['kafka', 'KAFKA'],
    ['Http/1.1', 'HTTP'],
    ['amqp', 'AMQP/1.0'],
    ['MQTT', 'MQTT/5.0'],
    ['mqtt/3.1.1', 'MQTT/3.1.1'],
    ['BunnyMQ/0.9.1', undefined],
  ])('name %s canonically as %s', (value, expected) => {
    expect(canonicalProtocol(value)).toBe(expected);
  });

  it.each([
    ['MQTT 5 messages accept the prose name payload_format', ['MQTT/5.0', 'siblingattributes', 'protocoloptions', 'attributes', 'payload_format', 'type'], 'integer'],
    ['NATS messages accept the prose name reply-to', ['NATS', 'siblingattributes', 'protocoloptions', 'attributes', 'reply-to', 'type'], 'uritemplate'],
    ['HTTP messages accept a response status', ['HTTP', 'siblingattributes', 'protocoloptions', 'attributes', 'status', 'type'], 'string'],
    ['HTTP query parameters stay a list of named values', ['HTTP', 'siblingattributes', 'protocoloptions', 'attributes', 'query', 'type'], 'array'],
    ['AMQP subjects are optional by default', ['AMQP/1.0', 'siblingattributes', 'protocoloptions', 'attributes', 'properties', 'attributes', 'subject', 'attributes', 'required', 'default'], false],
  ])('%s', (_name, path, expected) => {
    expect(at(ifvalues[0][1], path)).toEqual(expected);
  });
});

describe('the CloudEvents envelope metadata', () => {
  const metadata = at(resolved('xregistry:message').groups, [
    'messagegroups', 'resources', 'messages', 'attributes', 'envelope', 'ifvalues', 'CloudEvents/1.0', 'siblingattributes', 'envelopemetadata', 'attributes',
  ]) as Record<string, { attributes: Record<string, Json> }>;

  it.each(['id', 'type', 'source', 'specversion'])('never lets %s be declared optional', (name) => {
    expect(metadata[name]?.attributes.required).toMatchObject({ enum: [true], default: true, required: true });
  });

  it.each([
    ['specversion', 'type', 'string'],
    ['id', 'type', 'string'],
    ['type', 'type', 'string'],
    ['source', 'type', 'uritemplate'],
    ['subject', 'type', 'string'],
    ['time', 'type', 'timestamp'],
    ['dataschema', 'type', 'uritemplate'],
    ['datacontenttype', 'type', 'string'],
  ])('gives %s the default %s of the prose table: %s', (name, aspect, expected) => {
    expect(metadata[name]?.attributes[aspect]?.default).toBe(expected);
  });

  it('lets a subject be narrowed to a uri as the prose example does', () => {
    expect(metadata.subject?.attributes.type?.enum).toContain('uri');
  });

  it('fixes specversion to 1.0', () => {
    expect(metadata.specversion?.attributes.value?.enum).toEqual(['1.0']);
  });
});
