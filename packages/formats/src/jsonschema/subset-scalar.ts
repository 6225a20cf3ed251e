import type { SchemaNode } from './schema-side.js';
import type { At, SubsetChecker } from './subset-checker.js';

type ObjNode = SchemaNode & { schema: Record<string, unknown> };
interface Bound {
  value: number;
  exclusive: boolean;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** The tighter of an inclusive and an exclusive bound (draft-06+ numeric exclusive keywords). */
function bound(schema: Record<string, unknown>, incl: string, excl: string, lower: boolean): Bound | undefined {
  const a = num(schema[incl]);
  const b = num(schema[excl]);
  if (a === undefined) return b === undefined ? undefined : { value: b, exclusive: true };
  if (b === undefined) return { value: a, exclusive: false };
  const aTighter = lower ? a > b : a < b;
  return aTighter ? { value: a, exclusive: false } : { value: b, exclusive: true };
}

/** Is the sub bound at least as tight as the sup bound? */
function within(s: Bound | undefined, t: Bound | undefined, lower: boolean): boolean {
  if (!t) return true;
  if (!s) return false;
  if (s.value !== t.value) return lower ? s.value > t.value : s.value < t.value;
  return s.exclusive || !t.exclusive;
}

function show(b: Bound | undefined, lower: boolean): string {
  if (!b) return 'none';
  return `${lower ? (b.exclusive ? '>' : '>=') : b.exclusive ? '<' : '<='} ${b.value}`;
}

/** minimum / maximum / exclusive* / multipleOf. */
export function checkNumber(c: SubsetChecker, sub: ObjNode, sup: ObjNode, at: At): void {
  for (const lower of [true, false]) {
    const [incl, excl] = lower ? ['minimum', 'exclusiveMinimum'] : ['maximum', 'exclusiveMaximum'];
    const s = bound(sub.schema, incl, excl, lower);
    const t = bound(sup.schema, incl, excl, lower);
    if (within(s, t, lower)) continue;
    const edge = t!.value;
    const probes = [edge, edge + (lower ? -1 : 1), edge + (lower ? -0.5 : 0.5), Math.trunc(edge) + (lower ? -1 : 1)];
    const [o, n] = c.subIsOld ? [s, t] : [t, s];
    c.report(c.name('jsonschema/range-narrowed', 'jsonschema/range-widened'), { keyword: lower ? 'lower bound' : 'upper bound', old: show(o, lower), new: show(n, lower) }, sub, sup, at, probes);
  }
  const tm = num(sup.schema.multipleOf);
  if (tm === undefined) return;
  const sm = num(sub.schema.multipleOf);
  const ratio = sm === undefined ? NaN : sm / tm;
  if (Number.isFinite(ratio) && Math.abs(ratio - Math.round(ratio)) < 1e-9 && Math.round(ratio) >= 1) return;
  const [o, n] = c.subIsOld ? [sm, tm] : [tm, sm];
  c.report('jsonschema/multiple-of-changed', { old: o ?? 'none', new: n ?? 'none' }, sub, sup, at, [sm ?? 1, (sm ?? 1) * 3, tm / 2, tm + 1, 1, 0.5]);
}

/** minLength / maxLength / pattern / format. Patterns and formats count as equal only when textually equal. */
export function checkString(c: SubsetChecker, sub: ObjNode, sup: ObjNode, at: At): void {
  const sMin = num(sub.schema.minLength) ?? 0;
  const tMin = num(sup.schema.minLength) ?? 0;
  const sMax = num(sub.schema.maxLength);
  const tMax = num(sup.schema.maxLength);
  const minOk = sMin >= tMin;
  const maxOk = tMax === undefined || (sMax !== undefined && sMax <= tMax);
  if (!minOk || !maxOk) {
    const probes = [...(minOk ? [] : ['a'.repeat(Math.max(0, tMin - 1)), '']), ...(maxOk ? [] : ['a'.repeat(tMax! + 1)])];
    const range = (min: number, max: number | undefined) => `${min}..${max ?? '∞'}`;
    const [o, n] = c.subIsOld ? [range(sMin, sMax), range(tMin, tMax)] : [range(tMin, tMax), range(sMin, sMax)];
    c.report(c.name('jsonschema/length-narrowed', 'jsonschema/length-widened'), { old: o, new: n }, sub, sup, at, probes);
  }
  for (const key of ['pattern', 'format'] as const) {
    const t = sup.schema[key];
    const s = sub.schema[key];
    if (t === undefined || s === t) continue;
    const [o, n] = c.subIsOld ? [s, t] : [t, s];
    const probes = key === 'pattern' ? ['', 'a', 'A', '0', ' ', '-', 'aaaaaaaaaaaaaaaaaaaa'] : ['', 'not a ' + String(t)];
    c.report(key === 'pattern' ? 'jsonschema/pattern-changed' : 'jsonschema/format-changed', { old: o === undefined ? 'none' : String(o), new: n === undefined ? 'none' : String(n) }, sub, sup, at, probes);
  }
}
