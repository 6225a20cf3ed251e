import type { CompatFinding, Direction, FormatContext, Verdict } from '../format-module.js';
import { decodeJson } from '../decode-document.js';
import { compileSchema } from './compile-schema.js';
import { draftOfFormat } from './drafts.js';
import { findCounterexample } from './counterexample.js';
import { reportPointer, type SchemaSide } from './schema-side.js';
import { SubsetChecker } from './subset-checker.js';

function loadSide(doc: Uint8Array, format: string, which: 'old' | 'new', ctx?: FormatContext): SchemaSide | string {
  const draft = draftOfFormat(format);
  if (!draft) return `format "${format}" is not a supported JSON Schema draft`;
  const parsed = decodeJson(doc);
  if (!parsed.ok) return `the ${which} version is not valid JSON`;
  const compiled = compileSchema(parsed.value, draft, `urn:xrgit:${which}`, ctx);
  if (!compiled.ok) return `the ${which} version does not compile (${compiled.findings.map((f) => f.code).join(', ')})`;
  return { draft, root: parsed.value, compiled: compiled.compiled };
}

/**
 * JSON Schema compatibility as a conservative subset check. backward: old ⊆ new (every instance
 * the old version accepts, the new one accepts); forward: new ⊆ old. Incompatible findings carry
 * a counterexample verified with ajv when one was found; findings that rest on ignored
 * constraints count only with a verified counterexample and otherwise make the verdict unknown.
 */
export function compareJsonSchema(oldDoc: Uint8Array, newDoc: Uint8Array, direction: Direction, format: string, ctx?: FormatContext): Verdict {
  const oldSide = loadSide(oldDoc, format, 'old', ctx);
  if (typeof oldSide === 'string') return { verdict: 'unknown', reason: oldSide };
  const newSide = loadSide(newDoc, format, 'new', ctx);
  if (typeof newSide === 'string') return { verdict: 'unknown', reason: newSide };
  const subIsOld = direction === 'backward';
  const [sub, sup] = subIsOld ? [oldSide, newSide] : [newSide, oldSide];
  const checker = new SubsetChecker(subIsOld);
  checker.check({ schema: sub.root, ptr: '', side: sub }, { schema: sup.root, ptr: '', side: sup }, { inst: [], trail: [], uncertain: false });
  const findings: CompatFinding[] = [];
  const unknowns = [...checker.unknowns];
  const seen = new Set<string>();
  for (const f of checker.findings) {
    const ce = findCounterexample(f, sub.compiled.validate, sup.compiled.validate);
    if (f.at.uncertain && !ce) {
      unknowns.push(`${f.code} at ${String(f.args.pointer)} may not hold (other constraints were ignored and no counterexample was found)`);
      continue;
    }
    const [newNode, oldNode] = subIsOld ? [f.sup, f.sub] : [f.sub, f.sup];
    const finding: CompatFinding = { code: f.code, args: f.args, pointer: reportPointer(newNode), oldPointer: reportPointer(oldNode) };
    if (ce) finding.counterexample = { value: ce.value, acceptedBy: subIsOld ? 'old' : 'new' };
    const key = `${finding.code} ${finding.pointer} ${finding.oldPointer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  if (findings.length > 0) return { verdict: 'incompatible', findings };
  if (unknowns.length > 0) return { verdict: 'unknown', reason: [...new Set(unknowns)].join('; ') };
  return { verdict: 'compatible' };
}
