import { join } from 'node:path';
import type { RegistryNode, SourceFile, SourceRef } from '@xrgit/core';

/** A place in a repository file: repository-relative path, 1-based line and column when known. */
export interface Place {
  file?: string;
  line?: number;
  column?: number;
}

/**
 * Finds where an entity, or one of its attributes, is written in a loaded registry: the entity's
 * source file and JSON Pointer, positioned with the parsed file (the nearest written parent when
 * the attribute itself is not written there, e.g. an inherited default).
 */
export class EntityLocator {
  constructor(
    private readonly registry: RegistryNode,
    private readonly files: ReadonlyMap<string, SourceFile>,
    /** The registry directory, repository-relative (prefix of every file). */
    private readonly dir: string,
  ) {}

  /** Where `xid` (a group, resource or version) writes `path` (attribute names, nested keys). */
  locate(xid: string, path: readonly string[] = []): Place {
    const src = this.sourceOf(xid);
    if (!src) return {};
    const place: Place = { file: join(this.dir, src.file).split('\\').join('/') };
    const file = this.files.get(src.file);
    let pointer = `${src.pointer}${path.map((p) => `/${p.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')}`;
    for (;;) {
      const pos = file?.positionOf(pointer);
      if (pos) return { ...place, line: pos.line, column: pos.column };
      if (pointer === '' || !file) return place;
      pointer = pointer.slice(0, pointer.lastIndexOf('/'));
    }
  }

  private sourceOf(xid: string): SourceRef | undefined {
    const [, gp, gid, rp, rid, , vid] = xid.split('/');
    const group = this.registry.groups.get(gp ?? '')?.get(gid ?? '');
    if (!group || rp === undefined) return group?.source;
    const resource = group.resources.get(rp)?.get(rid ?? '');
    if (!resource || vid === undefined) return resource?.metaSource ?? resource?.source ?? group.source;
    const version = resource.versions.get(vid);
    return version?.source ?? version?.documentSource ?? resource.source ?? resource.metaSource;
  }
}
