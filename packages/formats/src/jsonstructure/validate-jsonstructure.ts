import { formatPointer, parsePointer, suggestName } from '@xrgit/core';
import type { FormatFinding } from '../format-module.js';
import { decodeJson, isObject } from '../decode-document.js';

/** The type names of JSON Structure core (draft-vasters-json-structure-core §3.2). */
export const STRUCTURE_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'binary', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'int128', 'uint128', 'float8', 'float', 'double', 'decimal', 'date', 'datetime', 'time', 'duration', 'uuid', 'uri', 'jsonpointer', 'object', 'array', 'set', 'map', 'tuple', 'any', 'choice']);

type Report = (detail: string, path: Array<string | number>) => void;

function isAbsoluteUri(v: unknown): boolean {
  return typeof v === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(v);
}

function resolves(root: Record<string, unknown>, ref: unknown): boolean {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return false;
  let node: unknown = root;
  for (const t of parsePointer(ref)) node = isObject(node) ? node[t] : undefined;
  return isObject(node);
}

/**
 * Structural validation of JSON Structure core: the document keywords ($schema, $id, name, type
 * xor $root), type names, the required keywords of each compound type, `$ref`/`$root`/`$extends`
 * pointers that resolve, and the definitions namespace tree. Extension specifications (validation,
 * composition, import …) are not checked.
 */
export function validateJsonStructure(doc: Uint8Array): FormatFinding[] {
  const parsed = decodeJson(doc);
  if (!parsed.ok) return parsed.findings;
  const root = parsed.value;
  const out: FormatFinding[] = [];
  const report: Report = (detail, path) => out.push({ code: 'jsonstructure/invalid-structure', severity: 'error', pointer: formatPointer(path), args: { detail, pointer: formatPointer(path) || '(root)' } });
  if (!isObject(root)) {
    report('the document must be a JSON object', []);
    return out;
  }
  for (const key of ['$schema', '$id'] as const) if (!isAbsoluteUri(root[key])) report(`"${key}" is required and must be an absolute URI`, [key]);
  if ('type' in root && '$root' in root) report('"type" and "$root" are mutually exclusive', ['$root']);
  if ('$root' in root && !resolves(root, root.$root)) report(`"$root" must be a JSON Pointer to a type declaration, e.g. "#/definitions/Order"`, ['$root']);
  if ('type' in root) {
    if (Array.isArray(root.type)) report('the root type must not be a union', ['type']);
    checkSchema(root, root, [], report);
  }
  if ('definitions' in root) checkNamespace(root, root.definitions, ['definitions'], report);
  return out;
}

function checkNamespace(root: Record<string, unknown>, ns: unknown, path: string[], report: Report): void {
  if (!isObject(ns)) return report('a namespace must be an object', path);
  for (const [name, entry] of Object.entries(ns)) {
    if (!isObject(entry)) report('a namespace entry must be a type declaration or a namespace', [...path, name]);
    else if ('type' in entry) checkSchema(root, entry, [...path, name], report);
    else checkNamespace(root, entry, [...path, name], report);
  }
}

function checkType(root: Record<string, unknown>, type: unknown, path: Array<string | number>, report: Report): void {
  if (typeof type === 'string') {
    if (STRUCTURE_TYPES.has(type)) return;
    const near = suggestName(type, STRUCTURE_TYPES);
    return report(`unknown type "${type}"${near ? `; did you mean "${near}"?` : ''}`, path);
  }
  if (isObject(type) && '$ref' in type) {
    if (!resolves(root, type.$ref)) report(`"$ref" ${JSON.stringify(type.$ref)} does not resolve to a declaration in this document`, [...path, '$ref']);
    return;
  }
  if (Array.isArray(type) && type.length > 0) return type.forEach((t, i) => checkType(root, t, [...path, i], report));
  report('"type" must be a type name, {"$ref": …} or a non-empty list of them', path);
}

const REQUIRED_BY_TYPE: Record<string, string[]> = { object: ['properties'], tuple: ['properties', 'tuple'], array: ['items'], set: ['items'], map: ['values'], choice: ['choices'] };

function checkSchema(root: Record<string, unknown>, schema: Record<string, unknown>, path: Array<string | number>, report: Report): void {
  checkType(root, schema.type, [...path, 'type'], report);
  const type = typeof schema.type === 'string' ? schema.type : undefined;
  const abstractObject = type === 'object' && (schema.abstract === true || '$extends' in schema);
  for (const key of REQUIRED_BY_TYPE[type ?? ''] ?? []) {
    if (!(key in schema) && !(abstractObject && key === 'properties')) report(`a ${type} declaration needs "${key}"`, path);
  }
  if ('$extends' in schema && !resolves(root, schema.$extends)) report('"$extends" must be a JSON Pointer to a declaration in this document', [...path, '$extends']);
  if (isObject(schema.properties)) {
    for (const [name, p] of Object.entries(schema.properties)) {
      if (isObject(p)) checkSchema(root, p, [...path, 'properties', name], report);
      else report('a property must be a schema object', [...path, 'properties', name]);
    }
    const required = Array.isArray(schema.required) ? schema.required.flat() : [];
    for (const r of required) if (typeof r !== 'string' || !(r in schema.properties)) report(`required names an undeclared property ${JSON.stringify(r)}`, [...path, 'required']);
    if (type === 'tuple' && Array.isArray(schema.tuple)) {
      const order = schema.tuple as unknown[];
      for (const name of Object.keys(schema.properties)) if (!order.includes(name)) report(`tuple does not list the property "${name}"`, [...path, 'tuple']);
    }
  }
  for (const key of ['items', 'values'] as const) if (isObject(schema[key])) checkSchema(root, schema[key], [...path, key], report);
  if (isObject(schema.additionalProperties)) checkSchema(root, schema.additionalProperties, [...path, 'additionalProperties'], report);
  if (isObject(schema.choices)) for (const [name, c] of Object.entries(schema.choices)) if (isObject(c)) checkSchema(root, c, [...path, 'choices', name], report);
  if ('maxLength' in schema && !(Number.isInteger(schema.maxLength) && (schema.maxLength as number) >= 0)) report('"maxLength" must be a non-negative integer', [...path, 'maxLength']);
  if ('enum' in schema && !Array.isArray(schema.enum)) report('"enum" must be an array', [...path, 'enum']);
}
