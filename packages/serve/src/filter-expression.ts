import type { ViewState } from '@xrgit/core';
import { ServeError } from './serve-error.js';
import { memberScope, type TypeScope } from './type-scope.js';

/** One step into an attribute value: a key, an array index, or any member (`.*`, `[*]`). */
export type AttributeStep = { key: string } | { index: number } | { any: true };

export type FilterOperator = 'exists' | '=' | '!=' | '<' | '<=' | '>' | '>=';

/** One parsed filter expression (core/spec.md §Filter Flag), its path split at the entity boundary. */
export interface FilterExpression {
  /** Collection plurals walked from the response's top level to the entity examined. */
  steps: string[];
  /** True when the attribute is one of the Resource's `meta` (`…messages.meta.readonly`). */
  onMeta: boolean;
  attribute: AttributeStep[];
  /** The attribute part as written, to rebuild sub-filters for nested collection URLs. */
  attributeText: string;
  op: FilterOperator;
  /** The operator as written (`<>` and `!=` are the same operator). */
  opText: string;
  /** The value; `null` for `=null`, `!=null`, and for `exists`. */
  value: string | null;
}

const OPERATORS = ['!=', '<>', '<=', '>=', '=', '<', '>'] as const;

/** Index and text of the first operator outside `[…]`, or undefined. */
function findOperator(text: string): [number, string] | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0) for (const op of OPERATORS) if (text.startsWith(op, i)) return [i, op];
  }
  return undefined;
}

/** Splits a dot-notation path (core/spec.md §xRegistry Dot Notation) into steps; throws a detail string. */
export function parseDotPath(text: string): AttributeStep[] {
  const steps: AttributeStep[] = [];
  const re = /^(?:\.?([^.[\]'"]+)|\[(\d+)\]|\[\*\]|\['([^']*)'\]|\["([^"]*)"\])/;
  let rest = text;
  while (rest !== '') {
    const m = re.exec(rest);
    if (!m || (steps.length === 0 && rest.startsWith('.'))) throw `cannot read the path at "${rest}"`;
    if (m[1] !== undefined) steps.push(m[1] === '*' && steps.length > 0 ? { any: true } : { key: m[1] });
    else if (m[2] !== undefined) steps.push({ index: Number(m[2]) });
    else if (m[0] === '[*]') steps.push({ any: true });
    else steps.push({ key: m[3] ?? m[4]! });
    rest = rest.slice(m[0].length);
    if (rest.startsWith('.') && rest.length === 1) throw 'the path ends with "."';
  }
  if (steps.length === 0) throw 'the attribute name is missing';
  return steps;
}

/**
 * Parses one `?filter` expression relative to `scope`, the level of the entities the response
 * is about (the members, for a collection): leading collection plurals become `steps`, the
 * rest is the attribute path. Throws `bad_filter` (with `subject`) for malformed expressions.
 */
export function parseFilterExpression(state: ViewState, text: string, scope: TypeScope, subject: string): FilterExpression {
  const bad = (detail: string): ServeError => new ServeError('bad_filter', subject, { value: text, error_detail: detail });
  const found = findOperator(text);
  const pathText = found ? text.slice(0, found[0]) : text;
  const opText = found?.[1] ?? '';
  const rawValue = found ? text.slice(found[0] + opText.length) : null;
  let path: AttributeStep[];
  try {
    path = parseDotPath(pathText);
  } catch (detail) {
    throw bad(String(detail));
  }
  const steps: string[] = [];
  let at: TypeScope | undefined = scope;
  let onMeta = false;
  let i = 0;
  for (; i < path.length - 1; i++) {
    const step = path[i]!;
    if (!('key' in step) || !at) break;
    if (at.level === 'resource' && step.key === 'meta') {
      onMeta = true;
      i++;
      break;
    }
    const next = memberScope(state, at, step.key);
    if (!next) break;
    steps.push(step.key);
    at = next;
  }
  const attribute = path.slice(i);
  const attributeText = pathText.split('.').slice(steps.length + (onMeta ? 1 : 0)).join('.');
  const op: FilterOperator = found ? (opText === '<>' ? '!=' : (opText as FilterOperator)) : 'exists';
  const value = rawValue === null || rawValue === 'null' ? null : rawValue;
  if (['<', '<=', '>', '>='].includes(op)) {
    if (value === null) throw bad(`"${opText}" needs a value other than null`);
    if (/(^|[^\\])\*/.test(value)) throw bad(`wildcards ("*") only work with "=", "!=" and "<>"; escape a literal one as "\\*"`);
  }
  return { steps, onMeta, attribute, attributeText, op, opText, value };
}
