import { parsePointer } from '../source/parse-pointer.js';

/** A document an include reference resolved to. `id` identifies it for cycle detection and as the base of nested relative includes. */
export interface IncludedDocument {
  id: string;
  document: unknown;
}

/**
 * Loads the document part of an include reference (before `#`), relative to `base` (the id of
 * the including document, undefined at the top). Returns a string saying why it failed.
 */
export type IncludeLoader = (ref: string, base: string | undefined) => IncludedDocument | string;

/** A problem found while resolving includes. `path` is a JSON Pointer into the top document. */
export interface IncludeProblem {
  kind: 'not-found' | 'cycle' | 'both';
  include: string;
  detail: string;
  path: string;
}

/**
 * Resolves `$include` and `$includes` (core/model.md §Includes) everywhere in `source`.
 * Members of the including object win over included ones, and earlier `$includes` entries win
 * over later ones. The fragment is a JSON Pointer; the non-pointer `#groups` form that the spec's
 * own cloudevents/model.json uses is accepted as `#/groups` (digest appendix A.11).
 */
export function resolveIncludes(source: unknown, load: IncludeLoader, base?: string): { value: unknown; problems: IncludeProblem[] } {
  const problems: IncludeProblem[] = [];
  const value = resolveNode(source, { load, base, stack: base ? [base] : [], problems, path: '' });
  return { value, problems };
}

interface Ctx {
  load: IncludeLoader;
  base: string | undefined;
  stack: string[];
  problems: IncludeProblem[];
  path: string;
}

function resolveNode(node: unknown, ctx: Ctx): unknown {
  if (Array.isArray(node)) return node.map((item, i) => resolveNode(item, { ...ctx, path: `${ctx.path}/${i}` }));
  if (node === null || typeof node !== 'object') return node;
  const obj = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k === '$include' || k === '$includes') continue;
    out[k] = resolveNode(v, { ...ctx, path: `${ctx.path}/${k}` });
  }
  const refs = includeRefs(obj, ctx);
  for (const ref of refs) {
    const included = loadInclude(ref, ctx);
    if (included === undefined) continue;
    for (const [k, v] of Object.entries(included)) if (!(k in out)) out[k] = v;
  }
  return out;
}

function includeRefs(obj: Record<string, unknown>, ctx: Ctx): string[] {
  const single = obj['$include'];
  const many = obj['$includes'];
  if (single !== undefined && many !== undefined) {
    ctx.problems.push({ kind: 'both', include: String(single), detail: '$include and $includes at one level', path: ctx.path });
    return [];
  }
  if (typeof single === 'string') return [single];
  if (Array.isArray(many)) return many.filter((r): r is string => typeof r === 'string');
  if (single !== undefined || many !== undefined) {
    ctx.problems.push({ kind: 'not-found', include: JSON.stringify(single ?? many), detail: 'an include is a string "<path>#<pointer>" (or a list of them for $includes)', path: ctx.path });
  }
  return [];
}

function loadInclude(ref: string, ctx: Ctx): Record<string, unknown> | undefined {
  const hash = ref.indexOf('#');
  const docRef = hash < 0 ? ref : ref.slice(0, hash);
  let fragment = hash < 0 ? '' : ref.slice(hash + 1);
  if (fragment !== '' && !fragment.startsWith('/')) fragment = `/${fragment}`;
  const loaded = ctx.load(docRef, ctx.base);
  if (typeof loaded === 'string') {
    ctx.problems.push({ kind: 'not-found', include: ref, detail: loaded, path: ctx.path });
    return undefined;
  }
  const key = `${loaded.id}#${fragment}`;
  if (ctx.stack.includes(key) || ctx.stack.includes(loaded.id) && fragment === '') {
    ctx.problems.push({ kind: 'cycle', include: ref, detail: [...ctx.stack, key].join(' -> '), path: ctx.path });
    return undefined;
  }
  let target: unknown = loaded.document;
  for (const token of parsePointer(fragment)) {
    target = target !== null && typeof target === 'object' ? (target as Record<string, unknown>)[token] : undefined;
  }
  if (target === null || typeof target !== 'object' || Array.isArray(target)) {
    ctx.problems.push({ kind: 'not-found', include: ref, detail: `"${fragment || '/'}" does not name an object in ${loaded.id}`, path: ctx.path });
    return undefined;
  }
  const resolved = resolveNode(target, { ...ctx, base: loaded.id, stack: [...ctx.stack, key] });
  return resolved as Record<string, unknown>;
}
