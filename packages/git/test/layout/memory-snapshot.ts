import { renderMessage, type RegistryNode } from '@xrgit/core';
import { GitError, type FileSnapshot, type LayoutDiagnostics, type SnapshotFile } from '../../src/index.js';

/** A file of an in-memory snapshot: its text or bytes, or a link that is never read. */
export type MemoryFile = string | Uint8Array | { link: 'symlink-outside' | 'symlink-broken' };

/** A {@link FileSnapshot} over literal files. */
export function memorySnapshot(files: Record<string, MemoryFile>): FileSnapshot {
  const paths = Object.keys(files).sort();
  return {
    files: async (): Promise<SnapshotFile[]> => paths.map((path) => {
      const f = files[path]!;
      return { path, kind: typeof f === 'object' && 'link' in f ? f.link : 'file' };
    }),
    read: async (path: string): Promise<Uint8Array> => {
      const f = files[path];
      if (typeof f === 'string') return new TextEncoder().encode(f);
      if (f instanceof Uint8Array) return f;
      throw new GitError('not-in-snapshot', { path, reason: 'missing' });
    },
  };
}

/** Every Version of a registry as `xid -> attributes (+ document text)`, for compact assertions. */
export function versionsOf(registry: RegistryNode): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [gp, groups] of registry.groups) {
    for (const [gid, group] of groups) {
      for (const [rp, resources] of group.resources) {
        for (const [rid, resource] of resources) {
          for (const [vid, v] of resource.versions) {
            out[`/${gp}/${gid}/${rp}/${rid}/versions/${vid}`] = { ...v.attributes, ...(v.document ? { '(document)': new TextDecoder().decode(v.document) } : {}) };
          }
        }
      }
    }
  }
  return out;
}

/** Diagnostics as `code file:line:col` strings (positions only when known). */
export function findings(diagnostics: LayoutDiagnostics): string[] {
  return diagnostics.items.map((d) => {
    const { file, line, column } = d.location;
    const at = file === undefined ? '' : ` ${file}${line === undefined ? '' : `:${line}:${column}`}`;
    renderMessage(d); // every finding must render (its rule is registered)
    return `${d.code}${at}`;
  });
}
