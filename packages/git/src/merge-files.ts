import type { ScriptedFile } from './fast-import-stream.js';

/** A full file map of one commit: path to content. */
export type FileMap = ReadonlyMap<string, ScriptedFile>;

const same = (a: ScriptedFile | undefined, b: ScriptedFile | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && JSON.stringify(norm(a)) === JSON.stringify(norm(b)));
const norm = (f: ScriptedFile) => (typeof f === 'string' ? { text: f } : f instanceof Uint8Array ? { bytes: [...f] } : f);

/**
 * File-level three-way merge of scripted commits: a path changed on one side only takes that
 * side; changed alike on both sides is kept; changed differently is a conflict.
 * @returns the merged map and the conflicting paths (sorted).
 */
export function mergeFiles(base: FileMap, ours: FileMap, theirs: FileMap): { merged: Map<string, ScriptedFile>; conflicts: string[] } {
  const merged = new Map<string, ScriptedFile>();
  const conflicts: string[] = [];
  for (const path of new Set([...base.keys(), ...ours.keys(), ...theirs.keys()])) {
    const [b, o, t] = [base.get(path), ours.get(path), theirs.get(path)];
    const result = same(o, b) ? t : same(t, b) || same(o, t) ? o : 'conflict';
    if (result === 'conflict') conflicts.push(path);
    else if (result !== undefined) merged.set(path, result);
  }
  return { merged, conflicts: conflicts.sort() };
}

/**
 * The nearest common ancestor of two commits in a scripted history (`parents` by mark), found
 * breadth-first from `theirs`; enough for the histories tests script, not git's full algorithm.
 */
export function mergeBase(parents: ReadonlyMap<number, readonly number[]>, ours: number, theirs: number): number | undefined {
  const ancestors = new Set<number>();
  const stack = [ours];
  while (stack.length > 0) {
    const m = stack.pop()!;
    if (ancestors.has(m)) continue;
    ancestors.add(m);
    stack.push(...(parents.get(m) ?? []));
  }
  for (const queue = [theirs]; queue.length > 0; ) {
    const m = queue.shift()!;
    if (ancestors.has(m)) return m;
    queue.push(...(parents.get(m) ?? []));
  }
  return undefined;
}
