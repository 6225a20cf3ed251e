import { formatPointer } from '@xrgit/core';
import { isObject } from '../decode-document.js';
import { SUBSCHEMA_KEYWORDS } from './drafts.js';

/**
 * Calls `visit` for every schema object in `schema` (the root and every subschema reached through
 * a subschema keyword), with its JSON Pointer. Boolean schemas are skipped; so are keyword values
 * of the wrong shape (the meta-schema check reports those).
 */
export function walkSchema(schema: unknown, visit: (node: Record<string, unknown>, pointer: string) => void, path: string[] = []): void {
  if (!isObject(schema)) return;
  visit(schema, formatPointer(path));
  for (const k of SUBSCHEMA_KEYWORDS.single) if (k in schema) walkSchema(schema[k], visit, [...path, k]);
  for (const k of SUBSCHEMA_KEYWORDS.list) {
    const list = schema[k];
    if (Array.isArray(list)) list.forEach((s, i) => walkSchema(s, visit, [...path, k, String(i)]));
  }
  for (const k of SUBSCHEMA_KEYWORDS.map) {
    const map = schema[k];
    if (isObject(map)) for (const [name, s] of Object.entries(map)) walkSchema(s, visit, [...path, k, name]);
  }
  const items = schema.items;
  if (Array.isArray(items)) items.forEach((s, i) => walkSchema(s, visit, [...path, 'items', String(i)]));
  else walkSchema(items, visit, [...path, 'items']);
  const deps = schema.dependencies;
  if (isObject(deps)) for (const [name, s] of Object.entries(deps)) walkSchema(s, visit, [...path, 'dependencies', name]);
}
