import { parsePointer } from '../source/parse-pointer.js';
import { isRecord } from './is-record.js';

/**
 * Named types of an Avro schema (schema/spec.md §4.3.3: `#Record` names a record): records,
 * enums and fixed types anywhere in the schema, by short name and by full name
 * (`namespace.name`, the namespace inherited from the enclosing named type).
 */
export function avroNamedTypes(schema: unknown): string[] {
  const names: string[] = [];
  const walk = (node: unknown, namespace: string | undefined, depth: number): void => {
    if (depth > 64) return;
    if (Array.isArray(node)) {
      for (const n of node) walk(n, namespace, depth + 1);
      return;
    }
    if (!isRecord(node)) return;
    let ns = namespace;
    if (typeof node['name'] === 'string' && ['record', 'error', 'enum', 'fixed'].includes(String(node['type']))) {
      const name = node['name'];
      ns = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : typeof node['namespace'] === 'string' ? node['namespace'] : namespace;
      const short = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : name;
      names.push(short, ns ? `${ns}.${short}` : short);
    }
    if (Array.isArray(node['fields'])) for (const f of node['fields']) if (isRecord(f)) walk(f['type'], ns, depth + 1);
    for (const key of ['type', 'items', 'values']) if (typeof node[key] === 'object') walk(node[key], ns, depth + 1);
  };
  walk(schema, undefined, 0);
  return [...new Set(names)];
}

/**
 * Message names declared in a Protobuf file (schema/spec.md §4.3.4: the fragment MUST name a
 * `message`): a plain scan of `message <Name> {` blocks, comments and strings removed. Nested
 * messages are named with dots (`Outer.Inner`), and each name also with the `package` prefix.
 */
export function protobufMessageNames(text: string): string[] {
  const clean = text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ').replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""');
  const pkg = /\bpackage\s+([A-Za-z_][\w.]*)\s*;/.exec(clean)?.[1];
  const names: string[] = [];
  const stack: Array<string | undefined> = [];
  const token = /\bmessage\s+([A-Za-z_]\w*)\s*\{|\{|\}/g;
  for (let m = token.exec(clean); m; m = token.exec(clean)) {
    if (m[0] === '}') {
      stack.pop();
      continue;
    }
    stack.push(m[1]);
    if (m[1] === undefined || stack.slice(0, -1).some((s) => s === undefined)) continue;
    const full = (stack as string[]).join('.');
    names.push(full);
    if (pkg) names.push(`${pkg}.${full}`);
  }
  return names;
}

/** Whether a JSON Pointer (RFC 6901, with or without a leading `#`) names a value inside `doc`. */
export function jsonPointerExists(doc: unknown, pointer: string): boolean {
  let node = doc;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(token) && Number(token) < node.length) node = node[Number(token)];
    else if (isRecord(node) && Object.prototype.hasOwnProperty.call(node, token)) node = node[token];
    else return false;
  }
  return true;
}

/** Pointers a JSON Schema offers for deep links: its `definitions` and `$defs` entries. */
export function jsonSchemaDefinitionPointers(doc: unknown): string[] {
  if (!isRecord(doc)) return [];
  const out: string[] = [];
  for (const key of ['definitions', '$defs']) {
    const defs = doc[key];
    if (isRecord(defs)) for (const name of Object.keys(defs)) out.push(`/${key}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  }
  return out;
}
