import { isObject } from '../decode-document.js';
import { itemNode, sampleValue } from './sample-value.js';
import type { RawFinding } from './subset-checker.js';

/**
 * Looks for an instance that the `sub` side accepts and the `sup` side rejects: each probe is
 * placed at the finding's instance path inside a sample of the enclosing containers, and the
 * result is checked with both sides' ajv validators. Returns the first that verifies.
 */
export function findCounterexample(f: RawFinding, acceptsSub: (v: unknown) => boolean, acceptsSup: (v: unknown) => boolean): { value: unknown } | undefined {
  const seen = new Set<string>();
  for (const probe of [...f.probes, sampleValue(f.sub)]) {
    const value = embed(f, probe);
    const key = JSON.stringify(value);
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    if (acceptsSub(value) && !acceptsSup(value)) return { value };
  }
  return undefined;
}

function embed(f: RawFinding, leaf: unknown): unknown {
  const build = (level: number): unknown => {
    if (level >= f.at.inst.length) return structuredClone(leaf);
    const container = f.at.trail[level];
    const step = f.at.inst[level]!;
    const base = container ? sampleValue(container) : typeof step === 'number' ? [] : {};
    if (typeof step === 'number') {
      const arr = Array.isArray(base) ? [...base] : [];
      while (arr.length <= step) arr.push(container ? sampleValue(itemNode(container, arr.length)) : null);
      arr[step] = build(level + 1);
      return arr;
    }
    const obj = isObject(base) ? { ...base } : {};
    obj[step] = build(level + 1);
    return obj;
  };
  return build(0);
}
