import { isObject } from '../decode-document.js';
import { deref, jsonEqual, type SchemaNode } from './schema-side.js';

/** The JSON types a schema allows by its `type` keyword (all when absent); integer is folded into number. */
export function declaredTypes(schema: unknown): Set<string> {
  const all = ['null', 'boolean', 'object', 'array', 'number', 'string'];
  if (!isObject(schema) || schema.type === undefined) return new Set(all);
  const list = Array.isArray(schema.type) ? schema.type : [schema.type];
  return new Set(list.map((t) => (t === 'integer' ? 'number' : String(t))));
}

function constOf(schema: unknown): unknown[] | undefined {
  if (!isObject(schema)) return undefined;
  if ('const' in schema) return [schema.const];
  return Array.isArray(schema.enum) ? schema.enum : undefined;
}

/**
 * A sufficient test that no instance is valid under both schemas: disjoint types, disjoint
 * const/enum values, or a property both require with disjoint const/enum values (a discriminator).
 */
export function disjoint(a: SchemaNode, b: SchemaNode): boolean {
  const da = deref(a);
  const db = deref(b);
  if ('reason' in da || 'reason' in db || da.siblings || db.siblings) return false;
  const x = da.node.schema;
  const y = db.node.schema;
  const tx = declaredTypes(x);
  if (![...declaredTypes(y)].some((t) => tx.has(t))) return true;
  const cx = constOf(x);
  const cy = constOf(y);
  if (cx && cy && !cx.some((v) => cy.some((w) => jsonEqual(v, w)))) return true;
  if (!isObject(x) || !isObject(y) || !isObject(x.properties) || !isObject(y.properties)) return false;
  const rx = Array.isArray(x.required) ? x.required : [];
  const ry = Array.isArray(y.required) ? y.required : [];
  return Object.keys(x.properties).some((k) => {
    if (!rx.includes(k) || !ry.includes(k)) return false;
    const px = constOf((x.properties as Record<string, unknown>)[k]);
    const py = constOf((y.properties as Record<string, unknown>)[k]);
    return px !== undefined && py !== undefined && !px.some((v) => py.some((w) => jsonEqual(v, w)));
  });
}
