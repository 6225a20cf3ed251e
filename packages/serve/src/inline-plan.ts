import type { ViewState } from '@xrgit/core';
import { ServeError } from './serve-error.js';
import { declaredAttributes, documentName, memberScope, type TypeScope } from './type-scope.js';

/** What to inline below one entity: everything (`*`), or the named attributes and collections. */
export interface InlinePlan {
  all: boolean;
  names: Map<string, InlinePlan>;
}

/** The Registry attributes `*` leaves out (core/spec.md §Inline Flag): configuration data. */
export const CONFIG_INLINES = ['model', 'modelsource', 'capabilities'] as const;

const everything = (): InlinePlan => ({ all: true, names: new Map() });

/** The plan for the collection or attribute `name` below a plan, undefined when it is not inlined. */
export function inlineBelow(plan: InlinePlan | undefined, name: string): InlinePlan | undefined {
  if (!plan) return undefined;
  const named = plan.names.get(name);
  if (named) return plan.all ? everything() : named;
  if (plan.all && !(CONFIG_INLINES as readonly string[]).includes(name)) return everything();
  return undefined;
}

/**
 * Parses `?inline` values (each comma-separated; an empty value means `*`) into a plan relative
 * to `scope`, the level the response starts at (core/spec.md §Inline Flag): dot paths of
 * collection plurals ending optionally in `*`, `meta`, the document `<RESOURCE>`, or at the
 * Registry `model`, `modelsource`, `capabilities`. A declared but non-inlineable attribute gives
 * `inline_noninlineable`; anything else unknown, or a misplaced `*`, gives `bad_inline`.
 */
export function parseInline(state: ViewState, values: readonly string[], scope: TypeScope, subject: string): InlinePlan {
  const plan: InlinePlan = { all: false, names: new Map() };
  for (const value of values.flatMap((v) => (v === '' ? ['*'] : v.split(',')))) {
    const segs = value.split('.');
    let node = plan;
    let at: TypeScope | undefined = scope;
    segs.forEach((seg, i) => {
      const last = i === segs.length - 1;
      const bad = (detail: string): ServeError => new ServeError('bad_inline', subject, { value, error_detail: detail });
      if (seg === '*') {
        if (!last) throw bad('"*" may only be the last part of a path');
        node.all = true;
        return;
      }
      if (!at) throw bad(`"${segs[i - 1]}" has nothing inlineable below it`);
      const next = memberScope(state, at, seg);
      const leaf = (seg === 'meta' && at.level === 'resource') || seg === documentName(state, at) || (at.level === 'registry' && (CONFIG_INLINES as readonly string[]).includes(seg));
      if (!next && !leaf) {
        if (declaredAttributes(state, at).includes(seg)) throw new ServeError('inline_noninlineable', subject, { name: seg });
        throw bad(`"${seg}" is not a collection or inlineable attribute here (valid: ${inlineableNames(state, at).join(', ')})`);
      }
      if (leaf && !last) throw bad(`"${seg}" has nothing inlineable below it`);
      let child = node.names.get(seg);
      if (!child) node.names.set(seg, (child = { all: false, names: new Map() }));
      node = child;
      at = next;
    });
  }
  return plan;
}

function inlineableNames(state: ViewState, scope: TypeScope): string[] {
  const names: string[] = [];
  if (scope.level === 'registry') names.push(...Object.keys(state.model.groups), ...CONFIG_INLINES);
  if (scope.level === 'group') names.push(...Object.keys(state.model.groups[scope.gplural]!.resources));
  if (scope.level === 'resource') names.push('versions', 'meta');
  const doc = documentName(state, scope);
  if (doc) names.push(doc);
  return [...names, '*'];
}
