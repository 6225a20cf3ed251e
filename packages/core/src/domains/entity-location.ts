import type { Location } from '../diagnostics/diagnostic.js';
import type { SourceRef } from '../entities/registry-node.js';

const esc = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The location of an attribute of an entity: its xid and, when the entity was read from a file,
 * that file and the JSON Pointer of `path` below the entity (line and column come later from
 * locateDiagnostics). An empty path locates the entity itself.
 */
export function entityLocation(xid: string, source: SourceRef | undefined, path: ReadonlyArray<string | number> = []): Location {
  if (!source) return { xid };
  return { xid, file: source.file, pointer: source.pointer + path.map((t) => `/${esc(String(t))}`).join('') };
}
