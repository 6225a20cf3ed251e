import { formatPointer, parsePointer } from '@xrgit/core';
import { isObject } from '../decode-document.js';
import type { CompiledSchema } from './compile-schema.js';
import type { Draft } from './drafts.js';

export { jsonEqual } from '../json-equal.js';

/** One version of a schema being compared: its compiled form (for verification) and documents. */
export interface SchemaSide {
  draft: Draft;
  root: unknown;
  compiled: CompiledSchema;
}

/** A subschema with the document it lives in: `uri` is undefined for the version's own document. */
export interface SchemaNode {
  schema: unknown;
  ptr: string;
  uri?: string;
  side: SchemaSide;
}

/** The pointer reported for a node: a JSON Pointer, prefixed with the document URI for other documents. */
export function reportPointer(n: SchemaNode): string {
  return n.uri === undefined ? n.ptr : `${n.uri}#${n.ptr}`;
}

/** The pointer as message text: the root is written "the root" rather than an empty string. */
export function describePointer(n: SchemaNode): string {
  return reportPointer(n) || '(root)';
}

/** The child node under the keyword path `tokens`. */
export function child(n: SchemaNode, ...tokens: Array<string | number>): SchemaNode {
  let s: unknown = n.schema;
  for (const t of tokens) s = isObject(s) || Array.isArray(s) ? (s as Record<string, unknown>)[String(t)] : undefined;
  return { ...n, schema: s === undefined ? true : s, ptr: n.ptr + formatPointer(tokens) };
}

/** Keywords that do not constrain instances. */
const ANNOTATIONS = new Set(['$schema', '$id', '$comment', '$anchor', '$dynamicAnchor', '$recursiveAnchor', '$vocabulary', 'title', 'description', 'default', 'examples', 'readOnly', 'writeOnly', 'deprecated', 'definitions', '$defs', 'contentMediaType', 'contentEncoding', 'contentSchema']);

/** Does `schema` accept every instance (true, or only annotations)? */
export function acceptsAll(schema: unknown): boolean {
  return schema === true || (isObject(schema) && Object.keys(schema).every((k) => ANNOTATIONS.has(k) || k.startsWith('x-')));
}

/** The constraint keywords of a schema object (annotations and extensions dropped). */
export function constraintKeys(schema: Record<string, unknown>): string[] {
  return Object.keys(schema).filter((k) => !ANNOTATIONS.has(k) && !k.startsWith('x-'));
}

/**
 * Follows `$ref` until a node without one: local pointers within the node's document, other
 * documents among those the compile step loaded. Returns a reason string when the reference
 * cannot be followed (anchors, documents not loaded). In 2019-09/2020-12 keywords beside `$ref`
 * also apply; they are returned as `siblings` for the caller to conjoin.
 */
export function deref(n: SchemaNode): { node: SchemaNode; siblings?: SchemaNode } | { reason: string } {
  let node = n;
  let siblings: SchemaNode | undefined;
  for (let hops = 0; isObject(node.schema) && typeof node.schema.$ref === 'string'; hops++) {
    if (hops > 32) return { reason: `the $ref chain at ${describePointer(n)} does not end` };
    const { $ref, ...rest } = node.schema;
    if (node.side.draft !== 'draft-07' && !acceptsAll(rest)) {
      if (siblings) return { reason: `$ref with sibling keywords at ${describePointer(n)} is not compared` };
      siblings = { ...node, schema: rest };
    }
    const target = resolveRef(node, $ref as string);
    if ('reason' in target) return target;
    node = target;
  }
  return siblings ? { node, siblings } : { node };
}

function resolveRef(n: SchemaNode, ref: string): SchemaNode | { reason: string } {
  const hash = ref.indexOf('#');
  const docPart = hash < 0 ? ref : ref.slice(0, hash);
  const fragment = hash < 0 ? '' : ref.slice(hash + 1);
  if (fragment !== '' && !fragment.startsWith('/')) return { reason: `the anchor reference "${ref}" is not compared` };
  let uri = n.uri;
  let doc: unknown = uri === undefined ? n.side.root : n.side.compiled.externals.get(uri);
  if (docPart !== '') {
    const base = uri ?? (isObject(n.side.root) && typeof n.side.root.$id === 'string' ? n.side.root.$id : undefined);
    const abs = absolute(docPart, base);
    const rootId = isObject(n.side.root) && typeof n.side.root.$id === 'string' ? n.side.root.$id.replace(/#$/, '') : undefined;
    if (abs === rootId) {
      uri = undefined;
      doc = n.side.root;
    } else if (n.side.compiled.externals.has(abs)) {
      uri = abs;
      doc = n.side.compiled.externals.get(abs);
    } else return { reason: `the reference "${ref}" at ${describePointer(n)} names a document that was not loaded` };
  }
  let s: unknown = doc;
  for (const t of parsePointer(fragment)) {
    if (!isObject(s) && !Array.isArray(s)) return { reason: `the reference "${ref}" does not resolve` };
    s = (s as Record<string, unknown>)[t];
  }
  if (s === undefined) return { reason: `the reference "${ref}" does not resolve` };
  return { schema: s, ptr: fragment, uri, side: n.side };
}

function absolute(ref: string, base: string | undefined): string {
  try {
    return new URL(ref, base).href;
  } catch {
    return ref;
  }
}

/** Does the subtree contain a `$ref` (so that equal text need not mean equal meaning)? */
export function hasRef(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.some(hasRef);
  if (!isObject(schema)) return false;
  return '$ref' in schema || '$dynamicRef' in schema || '$recursiveRef' in schema || Object.values(schema).some(hasRef);
}

/** An ajv validator for the node (its fragment of the compiled document), or undefined. */
export function nodeValidator(n: SchemaNode): ((v: unknown) => boolean) | undefined {
  const { ajv, key } = n.side.compiled;
  try {
    const v = ajv.getSchema(`${n.uri ?? key}#${n.ptr.split('/').map(encodeURIComponent).join('/')}`);
    return v ? (x) => v(x) as boolean : undefined;
  } catch {
    return undefined;
  }
}
