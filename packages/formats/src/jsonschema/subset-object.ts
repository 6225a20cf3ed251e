import type { FormatsCode } from '../formats-catalogue.js';
import { isObject } from '../decode-document.js';
import { acceptsAll, child, describePointer, type SchemaNode } from './schema-side.js';
import type { At, RawFinding, SubsetChecker } from './subset-checker.js';
import { sampleValue, typeSamples } from './sample-value.js';

type ObjNode = SchemaNode & { schema: Record<string, unknown> };
type Source = 'property' | 'pattern' | 'additional';
interface KeyRule {
  node: SchemaNode;
  source: Source;
}
/** How an object schema treats property names it does not declare (Confluent's content models). */
type ContentModel = 'open' | 'closed' | 'partially-open';

function names(n: ObjNode, key: string): string[] {
  const m = n.schema[key];
  return isObject(m) ? Object.keys(m) : [];
}

function matches(pattern: string, key: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(key);
  } catch {
    return false;
  }
}

/** The schemas that apply to the value of property `key`: its declaration and matching patterns, else additionalProperties. */
function rulesFor(n: ObjNode, key: string): KeyRule[] {
  const rules: KeyRule[] = [];
  if (names(n, 'properties').includes(key)) rules.push({ node: child(n, 'properties', key), source: 'property' });
  for (const p of names(n, 'patternProperties')) if (matches(p, key)) rules.push({ node: child(n, 'patternProperties', p), source: 'pattern' });
  if (rules.length === 0) rules.push({ node: child(n, 'additionalProperties'), source: 'additional' });
  return rules;
}

function modelOf(rules: KeyRule[]): ContentModel {
  if (rules.some((r) => r.source === 'pattern')) return 'partially-open';
  const a = rules[0]!.node.schema;
  return a === false ? 'closed' : acceptsAll(a) ? 'open' : 'partially-open';
}

/** Each `sup` rule must contain some `sub` rule; with several `sub` rules the failure is uncertain. */
function checkRules(c: SubsetChecker, sR: KeyRule[], tR: KeyRule[], at: At): void {
  for (const t of tR) {
    if (sR.length === 1) c.check(sR[0]!.node, t.node, at);
    else if (!sR.some((s) => c.holds(s.node, t.node, at))) c.adopt(c.trial(() => c.check(sR[0]!.node, t.node, at)), true);
  }
}

/** properties / required / additionalProperties / patternProperties / min- and maxProperties. */
export function checkObject(c: SubsetChecker, sub: ObjNode, sup: ObjNode, at: At): void {
  const keys = [...new Set([...names(sub, 'properties'), ...names(sup, 'properties')])].sort();
  for (const k of keys) checkProperty(c, sub, sup, k, at);
  const sReq = Array.isArray(sub.schema.required) ? sub.schema.required : [];
  const tReq = Array.isArray(sup.schema.required) ? sup.schema.required : [];
  for (const k of tReq) {
    if (typeof k !== 'string' || sReq.includes(k)) continue;
    c.report(c.name('jsonschema/required-added', 'jsonschema/required-removed'), { property: k }, sub, sup, at, [sampleValue(sub)]);
  }
  checkOtherKeys(c, sub, sup, at);
  checkPropertyCount(c, sub, sup, at);
}

function checkProperty(c: SubsetChecker, sub: ObjNode, sup: ObjNode, k: string, at: At): void {
  const sR = rulesFor(sub, k);
  const tR = rulesFor(sup, k);
  const inS = sR[0]!.source === 'property';
  const inT = tR[0]!.source === 'property';
  const here: At = { ...at, inst: [...at.inst, k], trail: [...at.trail, sub] };
  if (inS && inT) return checkRules(c, sR, tR, here);
  const r = c.trial(() => checkRules(c, sR, tR, here));
  if (r.findings.length === 0) return c.adopt(r, false);
  // The side without a declaration treats the name by its content model; name the change after it.
  const lacking = inS ? tR : sR;
  const lackingIsOld = inS !== c.subIsOld;
  const model = modelOf(lacking);
  const code = `jsonschema/property-${lackingIsOld ? 'added-to' : 'removed-from'}-${model}-model` as FormatsCode;
  const probes = [sampleValue(sR[0]!.node), ...probesAt(r.findings, here), ...typeSamples()];
  const [declared] = inS ? sR : tR;
  c.findings.push({ code, args: { property: k, pointer: describePointer(declared!.node), model, other: describePointer(lacking[0]!.node) }, sub: sR[0]!.node, sup: tR[0]!.node, at: { ...here, uncertain: here.uncertain || r.findings.some((f) => f.at.uncertain) }, probes });
  c.unknowns.push(...r.unknowns);
}

function probesAt(findings: RawFinding[], at: At): unknown[] {
  return findings.filter((f) => f.at.inst.length === at.inst.length).flatMap((f) => f.probes);
}

/** A property name that none of the declared names and patterns of either side covers. */
function freshName(sub: ObjNode, sup: ObjNode): string | undefined {
  const taken = [...names(sub, 'properties'), ...names(sup, 'properties')];
  const patterns = [...names(sub, 'patternProperties'), ...names(sup, 'patternProperties')];
  return ['xrgit_extra', 'zz_extra', 'extra property', '0'].find((n) => !taken.includes(n) && !patterns.some((p) => matches(p, n)));
}

function checkOtherKeys(c: SubsetChecker, sub: ObjNode, sup: ObjNode, at: At): void {
  const sA = child(sub, 'additionalProperties');
  const tA = child(sup, 'additionalProperties');
  const sP = names(sub, 'patternProperties');
  const tP = names(sup, 'patternProperties');
  const samePatterns = sP.length === tP.length && sP.every((p) => tP.includes(p));
  if (!samePatterns) {
    const sComps = [sA, ...sP.map((p) => child(sub, 'patternProperties', p))].filter((n) => n.schema !== false);
    const tComps = [tA, ...tP.map((p) => child(sup, 'patternProperties', p))].filter((n) => !acceptsAll(n.schema));
    const ok = sComps.every((s) => tComps.every((t) => c.holds(s, t, { ...at, uncertain: true })));
    if (!ok) c.unknown(`patternProperties at ${describePointer(sup)} differ between the versions; the overlap of regular expressions is not decided`);
    return;
  }
  for (const p of sP) c.check(child(sub, 'patternProperties', p), child(sup, 'patternProperties', p), { ...at, uncertain: true });
  const name = freshName(sub, sup);
  const here: At = name === undefined ? { ...at, uncertain: true } : { ...at, inst: [...at.inst, name], trail: [...at.trail, sub] };
  const r = c.trial(() => c.check(sA, tA, here));
  if (r.findings.length === 0) return c.adopt(r, false);
  const text = (n: SchemaNode) => (n.schema === false ? 'closed' : acceptsAll(n.schema) ? 'open' : 'partially open');
  const [o, n] = c.subIsOld ? [sA, tA] : [tA, sA];
  const probes = [sampleValue(sA), ...probesAt(r.findings, here), ...typeSamples()];
  c.findings.push({ code: c.name('jsonschema/content-model-narrowed', 'jsonschema/content-model-widened'), args: { pointer: describePointer(c.subIsOld ? sup : sub), old: text(o), new: text(n) }, sub: sA, sup: tA, at: here, probes });
  c.unknowns.push(...r.unknowns);
}

function checkPropertyCount(c: SubsetChecker, sub: ObjNode, sup: ObjNode, at: At): void {
  const n = (v: unknown) => (typeof v === 'number' ? v : undefined);
  const sMin = n(sub.schema.minProperties) ?? 0;
  const tMin = n(sup.schema.minProperties) ?? 0;
  const sMax = n(sub.schema.maxProperties);
  const tMax = n(sup.schema.maxProperties);
  if (sMin >= tMin && (tMax === undefined || (sMax !== undefined && sMax <= tMax))) return;
  const range = (min: number, max: number | undefined) => `${min}..${max ?? '∞'}`;
  const [o, nw] = c.subIsOld ? [range(sMin, sMax), range(tMin, tMax)] : [range(tMin, tMax), range(sMin, sMax)];
  c.report(c.name('jsonschema/property-count-narrowed', 'jsonschema/property-count-widened'), { old: o, new: nw }, sub, sup, at, [sampleValue(sub)]);
}
