import { isObject } from '../decode-document.js';
import { acceptsAll, child, constraintKeys, describePointer, type SchemaNode } from './schema-side.js';
import type { At, SubsetChecker } from './subset-checker.js';
import { checkKeywords } from './subset-keywords.js';
import { disjoint } from './disjoint.js';

type ObjNode = SchemaNode & { schema: Record<string, unknown> };

function without(n: ObjNode, ...keys: string[]): ObjNode {
  const schema = { ...n.schema };
  for (const k of keys) delete schema[k];
  return { ...n, schema };
}

function branches(n: ObjNode, key: string): SchemaNode[] {
  const list = n.schema[key];
  return Array.isArray(list) ? list.map((_, i) => child(n, key, i)) : [];
}

/**
 * allOf / anyOf / oneOf. Exact where the algebra is simple (`sup.allOf`: every member; a pure
 * `sub.anyOf`: every branch), sufficient elsewhere (a `sub` branch inside some `sup` branch);
 * when the sufficient test fails the findings are kept as uncertain, so they count only with a
 * verified counterexample and otherwise become "unknown". Returns true when it handled the pair.
 */
export function checkComposition(c: SubsetChecker, sub: ObjNode, sup: SchemaNode, at: At): boolean {
  for (const key of ['anyOf', 'oneOf'] as const) {
    if (!Array.isArray(sub.schema[key])) continue;
    const rest = without(sub, key);
    // A branch of a pure anyOf is exactly a part of `sub`; with sibling keywords or oneOf's exclusivity it is a superset.
    const exact = key === 'anyOf' && acceptsAll(rest.schema);
    for (const b of branches(sub, key)) {
      c.adopt(c.trial(() => c.check(b, sup, at)), !exact || at.uncertain);
    }
    if (!acceptsAll(rest.schema)) c.adopt(c.trial(() => c.check(rest, sup, at)), true);
    return true;
  }
  if (Array.isArray(sub.schema.allOf)) {
    const rest = without(sub, 'allOf');
    const candidates = [rest, ...branches(sub, 'allOf')];
    if (candidates.some((b) => c.holds(b, sup, at))) return true;
    c.adopt(c.trial(() => c.check(rest, sup, at)), true);
    return true;
  }
  if (!isObject(sup.schema)) return false;
  const supObj = sup as ObjNode;
  const keys = ['allOf', 'anyOf', 'oneOf'].filter((k) => Array.isArray(supObj.schema[k]));
  if (keys.length === 0) return false;
  for (const b of branches(supObj, 'allOf')) c.check(sub, b, at);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const list = branches(supObj, key);
    if (list.length === 0) continue;
    const ok = list.findIndex((b, i) => c.holds(sub, b, at) && (key === 'anyOf' || list.every((o, j) => j === i || disjoint(b, o))));
    if (ok >= 0) continue;
    const tries = list.map((b) => c.trial(() => c.check(sub, b, at)));
    const best = tries.reduce((a, b) => (b.findings.length < a.findings.length ? b : a));
    if (best.findings.length === 0) c.unknown(`${key} at ${describePointer(sup)}: cannot show that the other side fits exactly one branch`);
    else c.adopt(best, true);
  }
  const rest = without(supObj, ...keys);
  if (constraintKeys(rest.schema).length > 0) checkKeywords(c, sub, rest, at);
  return true;
}
