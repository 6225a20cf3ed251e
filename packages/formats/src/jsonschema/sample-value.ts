import { isObject } from '../decode-document.js';
import { child, deref, type SchemaNode } from './schema-side.js';

/** One value of each JSON type, for probing type changes. */
export function typeSamples(): unknown[] {
  return [null, true, 0, 1.5, '', 'a', {}, []];
}

const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '00:00:00Z',
  email: 'a@example.com',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  uri: 'https://example.com/',
  'uri-reference': 'a',
  uuid: '00000000-0000-4000-8000-000000000000',
  duration: 'P1D',
};

/**
 * A small value that is likely valid under the node: consts and enums first, then the first
 * allowed type with its facets (required properties filled in, minimum lengths and counts).
 * Best effort (patterns are not inverted); callers verify candidates with ajv.
 */
export function sampleValue(n: SchemaNode, depth = 0): unknown {
  const d = deref(n);
  if ('reason' in d || depth > 8) return null;
  const node = d.node;
  const s = node.schema;
  if (!isObject(s)) return null;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  for (const key of ['allOf', 'anyOf', 'oneOf']) if (Array.isArray(s[key]) && s[key].length > 0) return sampleValue(child(node, key, 0), depth + 1);
  const types = Array.isArray(s.type) ? s.type : s.type === undefined ? [guessType(s)] : [s.type];
  switch (types[0]) {
    case 'null':
      return null;
    case 'boolean':
      return true;
    case 'integer':
    case 'number':
      return sampleNumber(s, types[0] === 'integer');
    case 'string':
      return typeof s.format === 'string' && FORMAT_SAMPLES[s.format] ? FORMAT_SAMPLES[s.format] : 'a'.repeat(typeof s.minLength === 'number' ? s.minLength : 0);
    case 'array': {
      const count = typeof s.minItems === 'number' ? s.minItems : 0;
      return Array.from({ length: count }, (_, i) => sampleValue(itemNode(node, i), depth + 1));
    }
    default: {
      const out: Record<string, unknown> = {};
      for (const k of Array.isArray(s.required) ? s.required : []) {
        if (typeof k !== 'string') continue;
        const props = isObject(s.properties) ? s.properties : {};
        out[k] = sampleValue(k in props ? child(node, 'properties', k) : child(node, 'additionalProperties'), depth + 1);
      }
      return out;
    }
  }
}

function guessType(s: Record<string, unknown>): string {
  if ('properties' in s || 'required' in s || 'additionalProperties' in s) return 'object';
  if ('items' in s || 'prefixItems' in s) return 'array';
  if ('minLength' in s || 'maxLength' in s || 'pattern' in s || 'format' in s) return 'string';
  if ('minimum' in s || 'maximum' in s || 'multipleOf' in s) return 'number';
  return 'object';
}

function sampleNumber(s: Record<string, unknown>, integer: boolean): number {
  const m = typeof s.multipleOf === 'number' ? s.multipleOf : integer ? 1 : undefined;
  let v = typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + (m ?? 1) : typeof s.maximum === 'number' && s.maximum < 0 ? s.maximum : 0;
  if (m !== undefined) v = Math.ceil(v / m) * m;
  return v;
}

/** The schema of array position `i` of an array schema node, whatever the draft spells it. */
export function itemNode(n: SchemaNode, i: number): SchemaNode {
  const d = deref(n);
  const node = 'reason' in d ? n : d.node;
  const s = isObject(node.schema) ? node.schema : {};
  if (Array.isArray(s.prefixItems)) return i < s.prefixItems.length ? child(node, 'prefixItems', i) : child(node, 'items');
  if (Array.isArray(s.items)) return i < s.items.length ? child(node, 'items', i) : child(node, 'additionalItems');
  return child(node, 'items');
}
