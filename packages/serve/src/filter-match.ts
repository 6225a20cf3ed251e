import type { AttributeStep, FilterExpression } from './filter-expression.js';

/** Every value an attribute path reaches in `obj` (wildcards fan out; missing parts reach nothing). */
export function valuesAt(obj: unknown, path: readonly AttributeStep[]): unknown[] {
  let current: unknown[] = [obj];
  for (const step of path) {
    const next: unknown[] = [];
    for (const v of current) {
      if (v === null || typeof v !== 'object') continue;
      if ('any' in step) next.push(...Object.values(v as object));
      else if ('index' in step) {
        if (Array.isArray(v) && step.index < v.length) next.push(v[step.index]);
      } else if (!Array.isArray(v) && step.key in v) next.push((v as Record<string, unknown>)[step.key]);
    }
    current = next;
  }
  return current.filter((v) => v !== undefined);
}

function wildcardRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && pattern[i + 1] === '*') {
      out += '\\*';
      i++;
    } else if (c === '*') out += '.*';
    else out += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`, 'isu');
}

/**
 * Compares an attribute value with a filter value by the value's type (core/spec.md §Filter
 * Flag): booleans exactly (`false` < `true`), numbers numerically, strings (and timestamps,
 * URLs) case-insensitively with en-US collation. Undefined when they cannot be compared.
 */
export function compareValue(actual: unknown, wanted: string): number | undefined {
  if (typeof actual === 'boolean') return wanted === 'true' || wanted === 'false' ? Number(actual) - Number(wanted === 'true') : undefined;
  if (typeof actual === 'number') {
    const n = Number(wanted);
    return wanted.trim() === '' || Number.isNaN(n) ? undefined : Math.sign(actual - n);
  }
  if (typeof actual === 'string') return Math.sign(actual.toLowerCase().localeCompare(wanted.toLowerCase(), 'en-US'));
  return undefined;
}

function equalsValue(actual: unknown, wanted: string): boolean {
  if (typeof actual === 'string') return wanted.includes('*') ? wildcardRegExp(wanted).test(actual) : compareValue(actual, wanted.replace(/\\\*/g, '*')) === 0;
  return compareValue(actual, wanted) === 0;
}

/** Whether an entity's view satisfies one expression. */
export function matchesExpression(view: Record<string, unknown>, e: FilterExpression): boolean {
  const values = valuesAt(view, e.attribute);
  const present = values.some((v) => v !== null);
  if (e.op === 'exists') return present;
  if (e.value === null) return e.op === '=' ? !present : present;
  if (e.op === '=') return values.some((v) => v !== null && equalsValue(v, e.value!));
  if (e.op === '!=') return !values.some((v) => v !== null && equalsValue(v, e.value!));
  return values.some((v) => {
    const c = v === null ? undefined : compareValue(v, e.value!);
    if (c === undefined) return false;
    return e.op === '<' ? c < 0 : e.op === '<=' ? c <= 0 : e.op === '>' ? c > 0 : c >= 0;
  });
}
