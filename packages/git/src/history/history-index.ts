/**
 * Which files define or imply which entities, and the blob of every file, at the commit the
 * history is at. Serializable (it is cached with the history). A file *defines* an entity when
 * it writes the entity's attributes or document; it *implies* one when the entity exists only
 * to hold what the file defines (a Group directory holding a schema file).
 */
export interface HistoryIndex {
  pathOid: Record<string, string>;
  defines: Record<string, string[]>;
  implies: Record<string, string[]>;
  /** The document file of each history-derived Resource. */
  docFile: Record<string, string>;
  /** Hash of the resolved model, folded into the Registry's print. */
  modelHash: string;
}

export function emptyIndex(): HistoryIndex {
  return { pathOid: {}, defines: {}, implies: {}, docFile: {}, modelHash: '' };
}

/** Reverse lookups over a HistoryIndex, kept in step with it. */
export class IndexLookups {
  readonly definers = new Map<string, Set<string>>();
  readonly refs = new Map<string, number>();
  /** Version xids (explicit Versions) by Resource xid, of the versions some file defines. */
  readonly versions = new Map<string, Set<string>>();

  constructor(readonly index: HistoryIndex) {
    for (const path of Object.keys(index.defines)) this.addPath(path);
  }

  /** Records what `path` defines and implies (replacing what it had). */
  setPath(path: string, defines: string[], implies: string[]): void {
    this.removePath(path);
    this.index.defines[path] = defines;
    this.index.implies[path] = implies;
    this.addPath(path);
  }

  removePath(path: string): void {
    for (const xid of this.index.defines[path] ?? []) {
      const set = this.definers.get(xid);
      set?.delete(path);
      if (set?.size === 0) {
        this.definers.delete(xid);
        const cut = xid.indexOf('/versions/');
        if (cut > 0) this.versions.get(xid.slice(0, cut))?.delete(xid);
      }
      this.bump(xid, -1);
    }
    for (const xid of this.index.implies[path] ?? []) this.bump(xid, -1);
    delete this.index.defines[path];
    delete this.index.implies[path];
  }

  private addPath(path: string): void {
    for (const xid of this.index.defines[path] ?? []) {
      let s = this.definers.get(xid);
      if (!s) this.definers.set(xid, (s = new Set()));
      s.add(path);
      const cut = xid.indexOf('/versions/');
      if (cut > 0) {
        let v = this.versions.get(xid.slice(0, cut));
        if (!v) this.versions.set(xid.slice(0, cut), (v = new Set()));
        v.add(xid);
      }
      this.bump(xid, 1);
    }
    for (const xid of this.index.implies[path] ?? []) this.bump(xid, 1);
  }

  private bump(xid: string, by: number): void {
    const n = (this.refs.get(xid) ?? 0) + by;
    if (n <= 0) this.refs.delete(xid);
    else this.refs.set(xid, n);
  }
}
