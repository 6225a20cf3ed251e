import { compareIds, type ApiView } from '@xrgit/core';
import { entityView, type EntityNode } from './entity-node.js';
import { compareValue, valuesAt } from './filter-match.js';
import { parseDotPath, type AttributeStep } from './filter-expression.js';
import { ServeError } from './serve-error.js';

/** A parsed `?sort=attr[=asc|desc]`. */
export interface SortSpec {
  path: AttributeStep[];
  descending: boolean;
}

/** Parses `?sort` (core/spec.md §Sort Flag); throws `bad_sort`. */
export function parseSort(value: string, subject: string): SortSpec {
  const bad = (detail: string): ServeError => new ServeError('bad_sort', subject, { value, error_detail: detail });
  const [attr, order, ...rest] = value.split('=');
  if (rest.length > 0 || (order !== undefined && !['asc', 'desc'].includes(order.toLowerCase()))) throw bad('the order must be "asc" or "desc", as in "sort=name=desc"');
  try {
    const path = parseDotPath(attr ?? '');
    if (path.some((s) => 'any' in s)) throw 'wildcards are not allowed in a sort key';
    return { path, descending: order?.toLowerCase() === 'desc' };
  } catch (detail) {
    throw bad(String(detail));
  }
}

function scalarAt(view: Record<string, unknown>, path: AttributeStep[]): string | number | boolean | undefined {
  const v = valuesAt(view, path)[0];
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : undefined;
}

/**
 * Sorts collection members by one scalar attribute of their API view, ascending or descending:
 * missing (or non-scalar) values sort lowest, ties break on the id in the same direction.
 */
export function sortMembers(view: ApiView, members: EntityNode[], spec: SortSpec): EntityNode[] {
  const keyed = members.map((m) => ({ m, key: scalarAt(entityView(view, m), spec.path) }));
  const primary = (a: (typeof keyed)[number], b: (typeof keyed)[number]): number => {
    if (a.key === undefined || b.key === undefined) return a.key === b.key ? 0 : a.key === undefined ? -1 : 1;
    if (typeof a.key !== typeof b.key) return typeof a.key < typeof b.key ? -1 : 1;
    return compareValue(a.key, String(b.key)) ?? 0;
  };
  const dir = spec.descending ? -1 : 1;
  return keyed.sort((a, b) => dir * (primary(a, b) || compareIds(a.m.id, b.m.id))).map((k) => k.m);
}
