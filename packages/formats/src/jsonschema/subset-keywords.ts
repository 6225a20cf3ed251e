import { isObject } from '../decode-document.js';
import { declaredTypes } from './disjoint.js';
import { describePointer, hasRef, jsonEqual, nodeValidator, type SchemaNode } from './schema-side.js';
import type { At, SubsetChecker } from './subset-checker.js';
import { checkArray } from './subset-array.js';
import { checkNumber, checkString } from './subset-scalar.js';
import { checkObject } from './subset-object.js';
import { sampleValue, typeSamples } from './sample-value.js';

type ObjNode = SchemaNode & { schema: Record<string, unknown> };

/** Keywords the checker does not reason about: equal on both sides they cancel out, otherwise the pair is unknown. */
const UNDECIDED = ['not', 'if', 'then', 'else', 'dependencies', 'dependentSchemas', 'dependentRequired', 'unevaluatedProperties', 'unevaluatedItems', 'contains', 'minContains', 'maxContains', 'propertyNames', '$dynamicRef', '$recursiveRef'];

/** Compares the assertion keywords of two schemas without composition keywords on `sub`. */
export function checkKeywords(c: SubsetChecker, sub: ObjNode, supIn: SchemaNode, at: At): void {
  if (!isObject(supIn.schema)) return;
  const s = { ...sub.schema };
  const t = { ...supIn.schema };
  for (const k of UNDECIDED) {
    if (!(k in s) && !(k in t)) continue;
    if (k in s && k in t && !hasRef(s[k]) && jsonEqual(s[k], t[k])) {
      // The same constraint on both sides is a shared conjunct: sub' ⊆ sup' implies sub ⊆ sup.
      delete s[k];
      delete t[k];
      at = { ...at, uncertain: true };
    } else if (k in t) {
      return c.unknown(`"${k}" at ${describePointer(supIn)} is not compared`);
    } else {
      delete s[k];
      at = { ...at, uncertain: true };
    }
  }
  const subN = { ...sub, schema: s };
  const supN = { ...supIn, schema: t };
  if (checkEnum(c, subN, supN, at)) return;
  const common = checkTypes(c, subN, supN, at);
  if (common.has('number')) checkNumber(c, subN, supN, at);
  if (common.has('string')) checkString(c, subN, supN, at);
  if (common.has('array')) checkArray(c, subN, supN, at);
  if (common.has('object')) checkObject(c, subN, supN, at);
}

function enumOf(schema: Record<string, unknown>): unknown[] | undefined {
  if ('const' in schema) return [schema.const];
  return Array.isArray(schema.enum) ? schema.enum : undefined;
}

/** With an enum/const on `sub`, its values decide exactly. Returns true when it settled the pair. */
function checkEnum(c: SubsetChecker, sub: ObjNode, sup: ObjNode, at: At): boolean {
  const values = enumOf(sub.schema);
  const supValues = enumOf(sup.schema);
  const code = c.name('jsonschema/enum-narrowed', 'jsonschema/enum-widened');
  if (values) {
    const inSub = nodeValidator(sub);
    const inSup = nodeValidator(sup);
    if (!inSup) return false;
    const own = values.filter((v) => (inSub ? inSub(v) : true));
    const rejected = own.filter((v) => !inSup(v));
    if (rejected.length === 0) return true;
    c.report(code, { values: rejected.map((v) => JSON.stringify(v)).join(', ') }, sub, sup, at, rejected);
    return true;
  }
  if (!supValues) return false;
  const probes = [...typeSamples(), sampleValue(sub)].filter((v) => !supValues.some((w) => jsonEqual(v, w)));
  c.report(code, { values: `any value other than ${supValues.map((v) => JSON.stringify(v)).join(', ')}` }, sub, sup, at, probes);
  return true;
}

/** Reports types `sub` allows and `sup` does not; returns the types both allow. */
function checkTypes(c: SubsetChecker, sub: ObjNode, sup: ObjNode, at: At): Set<string> {
  const st = declaredTypes(sub.schema);
  const tt = declaredTypes(sup.schema);
  const missing = [...st].filter((x) => !tt.has(x));
  // integer ⊂ number: a sub allowing all numbers is narrowed by a sup allowing only integers.
  const supIntegerOnly = tt.has('number') && isIntegerOnly(sup.schema) && !isIntegerOnly(sub.schema);
  if (st.has('number') && supIntegerOnly) missing.push('number');
  if (missing.length > 0) {
    const probes = typeSamples().filter((v) => missing.includes(jsonType(v)));
    c.report(c.name('jsonschema/type-narrowed', 'jsonschema/type-widened'), { types: missing.join(', '), old: typeText(c.subIsOld ? sub : sup), new: typeText(c.subIsOld ? sup : sub) }, sub, sup, at, probes);
  }
  return new Set([...st].filter((x) => tt.has(x)));
}

function isIntegerOnly(schema: Record<string, unknown>): boolean {
  const list = Array.isArray(schema.type) ? schema.type : [schema.type];
  return list.includes('integer') && !list.includes('number');
}

function typeText(n: ObjNode): string {
  const t = n.schema.type;
  return t === undefined ? 'any' : Array.isArray(t) ? t.join(' | ') : String(t);
}

/** The JSON type of a value, with integers and other numbers both called number. */
export function jsonType(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v;
}
