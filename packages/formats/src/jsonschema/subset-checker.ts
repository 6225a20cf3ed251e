import type { DiagnosticArgs } from '@xrgit/core';
import type { FormatsCode } from '../formats-catalogue.js';
import { isObject } from '../decode-document.js';
import { acceptsAll, deref, describePointer, hasRef, jsonEqual, reportPointer, type SchemaNode } from './schema-side.js';
import { checkComposition } from './subset-composition.js';
import { checkKeywords } from './subset-keywords.js';

/** Where in the instance a check applies: the path, and the `sub` container nodes along it (for building counterexamples). */
export interface At {
  inst: Array<string | number>;
  trail: SchemaNode[];
  /** Set when `sub` had constraints the check ignored: a finding then counts only with a verified counterexample. */
  uncertain: boolean;
}

/** A finding before rendering: the rule, where, and what to try as a counterexample. */
export interface RawFinding {
  code: FormatsCode;
  args: DiagnosticArgs;
  sub: SchemaNode;
  sup: SchemaNode;
  at: At;
  /** Candidate values for the instance location `at.inst` (the whole value there). */
  probes: unknown[];
}

/**
 * Decides conservatively whether every instance valid under `sub` is valid under `sup`
 * (backward: sub = old, sup = new; forward: sub = new, sup = old). Violations become findings
 * named after the change from old to new; what cannot be decided becomes an unknown reason.
 */
export class SubsetChecker {
  findings: RawFinding[] = [];
  unknowns: string[] = [];
  private visited = new Set<string>();

  constructor(readonly subIsOld: boolean) {}

  /** The rule id for a change that makes `sup` narrower than `sub`, named from old to new. */
  name(ifNarrowed: FormatsCode, ifWidened: FormatsCode): FormatsCode {
    return this.subIsOld ? ifNarrowed : ifWidened;
  }

  report(code: FormatsCode, args: DiagnosticArgs, sub: SchemaNode, sup: SchemaNode, at: At, probes: unknown[]): void {
    this.findings.push({ code, args: { ...args, pointer: describePointer(this.subIsOld ? sup : sub) }, sub, sup, at, probes });
  }

  unknown(reason: string): void {
    this.unknowns.push(reason);
  }

  /** Runs `fn` without keeping its findings; returns them. */
  trial(fn: () => void): { findings: RawFinding[]; unknowns: string[] } {
    const saved = { findings: this.findings, unknowns: this.unknowns, visited: this.visited };
    this.findings = [];
    this.unknowns = [];
    this.visited = new Set(this.visited);
    try {
      fn();
      return { findings: this.findings, unknowns: this.unknowns };
    } finally {
      this.findings = saved.findings;
      this.unknowns = saved.unknowns;
      this.visited = saved.visited;
    }
  }

  /** Does `sub ⊆ sup` hold without any finding or unknown? */
  holds(sub: SchemaNode, sup: SchemaNode, at: At): boolean {
    const r = this.trial(() => this.check(sub, sup, at));
    return r.findings.length === 0 && r.unknowns.length === 0;
  }

  /** Keeps the results of a trial, marking findings uncertain when asked. */
  adopt(r: { findings: RawFinding[]; unknowns: string[] }, uncertain: boolean): void {
    this.findings.push(...r.findings.map((f) => (uncertain ? { ...f, at: { ...f.at, uncertain: true } } : f)));
    this.unknowns.push(...r.unknowns);
  }

  check(subIn: SchemaNode, supIn: SchemaNode, at: At): void {
    const s = deref(subIn);
    const t = deref(supIn);
    if ('reason' in s) return this.unknown(s.reason);
    if ('reason' in t) return this.unknown(t.reason);
    if (t.siblings) this.check(subIn, t.siblings, at);
    const sub = s.node;
    const sup = t.node;
    // Keywords beside $ref in `sub` only narrow it further: ignoring them keeps the check sound.
    const at2 = s.siblings ? { ...at, uncertain: true } : at;
    if (acceptsAll(sup.schema) || sub.schema === false) return;
    const key = `${reportPointer(sub)}|${reportPointer(sup)}|${this.subIsOld}`;
    // Instances are finite, so assuming a pair holds while checking it is sound (recursive schemas).
    if (this.visited.has(key)) return;
    this.visited.add(key);
    if (!hasRef(sub.schema) && jsonEqual(sub.schema, sup.schema)) return;
    if (sup.schema === false || !isObject(sup.schema)) {
      return this.report(this.name('jsonschema/subschema-forbidden', 'jsonschema/subschema-allowed'), {}, sub, sup, at2, []);
    }
    const subObj = sub.schema === true ? {} : sub.schema;
    if (!isObject(subObj)) return this.unknown(`the schema at ${describePointer(sub)} is not an object`);
    if (checkComposition(this, { ...sub, schema: subObj }, sup, at2)) return;
    checkKeywords(this, { ...sub, schema: subObj }, sup, at2);
  }
}
