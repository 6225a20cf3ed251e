import type { SourceFile } from '../source/source-file.js';
import type { Diagnostic } from './diagnostic.js';

/**
 * Fills in line and column of diagnostics that name a file and a JSON Pointer, from the parsed
 * source files. A pointer that does not resolve falls back to its nearest resolvable parent;
 * a diagnostic whose file is unknown keeps no position (never a fake 1:1).
 */
export function locateDiagnostics(items: Diagnostic[], files: ReadonlyMap<string, SourceFile>): void {
  for (const d of items) {
    const { file, pointer, line } = d.location;
    if (line !== undefined || file === undefined || pointer === undefined) continue;
    const source = files.get(file);
    if (!source) continue;
    let p = pointer;
    for (;;) {
      const pos = source.positionOf(p);
      if (pos) {
        d.location.line = pos.line;
        d.location.column = pos.column;
        break;
      }
      if (p === '') break;
      p = p.slice(0, p.lastIndexOf('/'));
    }
  }
}
