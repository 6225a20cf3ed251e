import { posix } from 'node:path';
import { Diagnostics, SourceFile, type IncludeLoader } from '@xrgit/core';

/**
 * An include loader for `$include` paths of a model source (docs/layout.md §4.2): a path is
 * relative to the including file and must stay inside the registry directory. Core's include
 * loaders are synchronous, so the files are given up front as bytes. Built-in `xregistry:`
 * names are resolved by core before this loader is asked.
 */
export function modelIncludeLoader(files: ReadonlyMap<string, Uint8Array>, topFile: string): IncludeLoader {
  return (ref, base) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('/')) return `"${ref}" is neither a built-in model nor a path relative to the including file`;
    const path = posix.normalize(posix.join(posix.dirname(base ?? topFile), ref));
    if (path.startsWith('../') || path === '..') return `"${ref}" leads outside the registry directory`;
    const bytes = files.get(path);
    if (bytes === undefined) return `"${path}" is not a file of the registry directory`;
    const scratch = new Diagnostics();
    const source = SourceFile.parse(path, new TextDecoder().decode(bytes), scratch);
    if (source.value === undefined) return `"${path}" is not well-formed YAML or JSON`;
    return { id: path, document: source.value };
  };
}
