import { isObject } from '../decode-document.js';

/** A parsed Avro schema node. Named types are shared objects, so recursion is by reference. */
export type AvroNode =
  | { kind: 'primitive'; type: string; logical?: Record<string, unknown> }
  | { kind: 'record'; name: string; aliases: string[]; fields: AvroField[]; logical?: Record<string, unknown> }
  | { kind: 'enum'; name: string; aliases: string[]; symbols: string[]; default?: string }
  | { kind: 'fixed'; name: string; aliases: string[]; size: number; logical?: Record<string, unknown> }
  | { kind: 'array'; items: AvroNode }
  | { kind: 'map'; values: AvroNode }
  | { kind: 'union'; branches: AvroNode[] };

export interface AvroField {
  name: string;
  aliases: string[];
  type: AvroNode;
  hasDefault: boolean;
}

const PRIMITIVES = new Set(['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string']);

function qualify(name: string, namespace: string | undefined): string {
  return name.includes('.') || !namespace ? name : `${namespace}.${name}`;
}

function namespaceOf(fullName: string): string | undefined {
  const i = fullName.lastIndexOf('.');
  return i < 0 ? undefined : fullName.slice(0, i);
}

function logicalOf(s: Record<string, unknown>): Record<string, unknown> | undefined {
  if (typeof s.logicalType !== 'string') return undefined;
  const { logicalType, precision, scale } = s;
  return { logicalType, ...(precision !== undefined ? { precision } : {}), ...(scale !== undefined ? { scale: scale } : {}) };
}

/**
 * Reads an Avro schema (already accepted by avsc) into `AvroNode`s with full names resolved by the
 * specification's namespace rules. Throws only on input avsc would have rejected.
 */
export function readAvro(schema: unknown): AvroNode {
  const named = new Map<string, AvroNode>();
  const read = (s: unknown, ns: string | undefined): AvroNode => {
    if (typeof s === 'string') {
      if (PRIMITIVES.has(s)) return { kind: 'primitive', type: s };
      const found = named.get(qualify(s, ns)) ?? named.get(s);
      if (!found) throw new Error(`unknown type ${s}`);
      return found;
    }
    if (Array.isArray(s)) return { kind: 'union', branches: s.map((b) => read(b, ns)) };
    if (!isObject(s)) throw new Error('invalid schema');
    const type = s.type;
    if (typeof type === 'string' && PRIMITIVES.has(type)) return { kind: 'primitive', type, logical: logicalOf(s) };
    if (type === 'array') return { kind: 'array', items: read(s.items, ns) };
    if (type === 'map') return { kind: 'map', values: read(s.values, ns) };
    if (type !== 'record' && type !== 'error' && type !== 'enum' && type !== 'fixed') return read(type, ns);
    const name = qualify(String(s.name), typeof s.namespace === 'string' && s.namespace !== '' ? s.namespace : ns);
    const own = namespaceOf(name);
    const aliases = Array.isArray(s.aliases) ? s.aliases.map((a) => qualify(String(a), own)) : [];
    if (type === 'enum') {
      const node: AvroNode = { kind: 'enum', name, aliases, symbols: (s.symbols as string[]) ?? [], default: typeof s.default === 'string' ? s.default : undefined };
      named.set(name, node);
      return node;
    }
    if (type === 'fixed') {
      const node: AvroNode = { kind: 'fixed', name, aliases, size: Number(s.size), logical: logicalOf(s) };
      named.set(name, node);
      return node;
    }
    const node: AvroNode & { kind: 'record' } = { kind: 'record', name, aliases, fields: [] };
    named.set(name, node);
    for (const f of Array.isArray(s.fields) ? s.fields : []) {
      if (!isObject(f)) continue;
      node.fields.push({ name: String(f.name), aliases: Array.isArray(f.aliases) ? f.aliases.map(String) : [], type: read(f.type, own), hasDefault: 'default' in f });
    }
    return node;
  };
  return read(schema, undefined);
}

/** A short name for messages: the full name of a named type, else the type (with its logical type). */
export function describeAvro(n: AvroNode): string {
  switch (n.kind) {
    case 'primitive':
      return n.logical ? `${n.type} (${String(n.logical.logicalType)})` : n.type;
    case 'array':
      return `array<${describeAvro(n.items)}>`;
    case 'map':
      return `map<${describeAvro(n.values)}>`;
    case 'union':
      return `[${n.branches.map(describeAvro).join(', ')}]`;
    default:
      return `${n.kind} ${n.name}`;
  }
}
