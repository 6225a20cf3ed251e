import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Diagnostics, SourceFile, type IncludeLoader } from '@xrgit/core';

/**
 * Loads `$include` targets from the file system, relative to the including file (or to `root`
 * at the top). Parse problems of included files are reported as a load failure.
 */
export function fileIncludeLoader(root: string): IncludeLoader {
  return (ref, base) => {
    const path = resolve(base ? dirname(base) : root, ref);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return `cannot read ${path}`;
    }
    const d = new Diagnostics();
    const file = SourceFile.parse(path, text, d);
    if (file.value === undefined) return `cannot parse ${path}`;
    return { id: path, document: file.value };
  };
}
