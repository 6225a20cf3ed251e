import { Diagnostics } from '@xrgit/core';
import type { CommitChanges, GitStore } from '../git-store.js';
import type { FileSnapshot, SnapshotFile } from '../file-snapshot.js';
import { layoutContext, loadLayout, loadLayoutFile, mergeContributions, type FileContribution, type LayoutContext } from '../layout/index.js';
import { applyCommit, type CommitStamp } from './apply-commit.js';
import { contentHash } from './content-hash.js';
import { emptyHistory, type DerivedHistory } from './derived-history.js';
import type { EntityPrint } from './entity-print.js';
import { entityPrintsOfTree } from './entity-prints-of-tree.js';
import { emptyIndex, IndexLookups, type HistoryIndex } from './history-index.js';
import { treeXids } from './tree-xids.js';

/** The state derivation carries from one commit to the next (and that the cache stores). */
export interface HistoryState {
  history: DerivedHistory;
  index: HistoryIndex;
}

/** The committer time of a commit as an RFC 3339 UTC timestamp without fractions. */
export function commitTime(c: CommitChanges): string {
  return new Date(c.committer.time * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const isModelFile = (path: string): boolean => /^(registry|model)\.(ya?ml|json)$/.test(path);

/**
 * Walks commits (oldest first, as `firstParentLog` returns them) and advances `state`. `dir` is
 * the registry directory relative to the repository root ('' for the root). Reads only the files
 * each commit changed, plus the other files that define the entities those files touch.
 */
export class HistoryWalker {
  private context: LayoutContext | undefined;
  private readonly lookups: IndexLookups;

  constructor(
    private readonly store: GitStore,
    private readonly dir: string,
    readonly state: HistoryState = { history: emptyHistory(), index: emptyIndex() },
  ) {
    this.lookups = new IndexLookups(state.index);
  }

  /** Rebuilds the layout context from the tracked files (when continuing a cached state). */
  async prime(): Promise<void> {
    if (Object.keys(this.state.index.pathOid).length === 0) return;
    const all = this.snapshot();
    const rootFiles: FileSnapshot = { files: async () => (await all.files()).filter((f) => !f.path.includes('/')), read: all.read };
    const loaded = await loadLayout(rootFiles);
    this.context = layoutContext(loaded.model);
  }

  /** Applies one commit. */
  async apply(commit: CommitChanges): Promise<void> {
    const changes = commit.changes.map((c) => ({ ...c, path: this.relative(c.path) })).filter((c) => c.path !== undefined) as Array<CommitChanges['changes'][number] & { path: string }>;
    if (changes.length === 0) return;
    const stamp: CommitStamp = { oid: commit.oid, time: commitTime(commit) };
    for (const c of changes) {
      if (c.newOid) this.state.index.pathOid[c.path] = c.newOid;
      else delete this.state.index.pathOid[c.path];
    }
    if (!this.context || changes.some((c) => isModelFile(c.path))) return this.reload(stamp);
    const affected = new Set<string>();
    for (const c of changes) {
      for (const x of [...(this.state.index.defines[c.path] ?? []), ...(this.state.index.implies[c.path] ?? [])]) affected.add(x);
      this.lookups.removePath(c.path);
      delete this.state.index.docFile[c.path];
    }
    const parsed = await this.parseAll(changes.filter((c) => c.newOid).map((c) => c.path), this.context);
    for (const c of changes) {
      const contribution = parsed.get(c.path);
      if (!contribution) continue;
      const { defines, implies } = treeXids(contribution.tree, c.path);
      this.lookups.setPath(c.path, defines, implies);
      for (const x of [...defines, ...implies]) affected.add(x);
    }
    this.expandToVersions(affected);
    const prints = await this.printsOf(affected, parsed, this.context);
    applyCommit(this.state.history, stamp, prints, affected);
  }

  private relative(path: string): string | undefined {
    if (this.dir === '' || this.dir === '.') return path;
    return path.startsWith(`${this.dir}/`) ? path.slice(this.dir.length + 1) : undefined;
  }

  /** Reads and parses files with one batched blob read (one round trip to `git cat-file`). */
  private async parseAll(paths: string[], ctx: LayoutContext): Promise<Map<string, FileContribution>> {
    const blobs = await this.store.readBlobs(paths.map((p) => this.state.index.pathOid[p]!));
    const out = new Map<string, FileContribution>();
    paths.forEach((path, i) => {
      const contribution = loadLayoutFile(path, blobs[i]!, ctx, new Diagnostics());
      for (const rxid of contribution.historyResources) this.state.index.docFile[rxid] = path;
      out.set(path, contribution);
    });
    return out;
  }

  /** A Resource's explicit Versions depend on its resource-level files too: recompute them with it. */
  private expandToVersions(affected: Set<string>): void {
    for (const xid of [...affected]) {
      if (xid.split('/').length !== 5) continue;
      for (const v of this.lookups.versions.get(xid) ?? []) affected.add(v);
    }
  }

  private async printsOf(affected: Set<string>, parsed: Map<string, FileContribution>, ctx: LayoutContext): Promise<Map<string, EntityPrint>> {
    const paths = new Set<string>();
    for (const xid of affected) {
      for (const p of this.lookups.definers.get(xid) ?? []) paths.add(p);
      const cut = xid.indexOf('/versions/');
      if (cut > 0) for (const p of this.lookups.definers.get(xid.slice(0, cut)) ?? []) paths.add(p);
    }
    const sorted = [...paths].sort();
    const more = await this.parseAll(sorted.filter((p) => !parsed.has(p)), ctx);
    const contributions = sorted.map((p) => parsed.get(p) ?? more.get(p)!);
    const merged = mergeContributions(contributions, new Diagnostics());
    const prints = entityPrintsOfTree(merged.registry, {
      historyResources: merged.historyResources,
      docBlob: (rxid) => this.docBlob(rxid),
      only: affected,
      registryExtra: this.state.index.modelHash,
    });
    for (const xid of affected) {
      if (!prints.has(xid) && this.lookups.refs.has(xid)) prints.set(xid, impliedPrint(xid));
    }
    return prints;
  }

  private docBlob(rxid: string): string | undefined {
    const path = this.state.index.docFile[rxid];
    return path === undefined ? undefined : this.state.index.pathOid[path];
  }

  /** Reads the whole registry at this commit (first commit, or the model changed). */
  private async reload(stamp: CommitStamp): Promise<void> {
    const loaded = await loadLayout(this.snapshot());
    this.context = layoutContext(loaded.model);
    this.state.index.modelHash = contentHash(loaded.modelsource);
    const before = Object.keys(this.state.history.prints);
    for (const p of Object.keys(this.state.index.defines)) this.lookups.removePath(p);
    this.state.index.docFile = {};
    for (const c of loaded.contributions) {
      const { defines, implies } = treeXids(c.tree, c.path);
      this.lookups.setPath(c.path, defines, implies);
      for (const rxid of c.historyResources) this.state.index.docFile[rxid] = c.path;
    }
    const prints = entityPrintsOfTree(loaded.registry, { historyResources: loaded.historyResources, docBlob: (r) => this.docBlob(r), registryExtra: this.state.index.modelHash });
    applyCommit(this.state.history, stamp, prints, [...before, ...prints.keys()]);
  }

  /** The registry directory at the current state, as a FileSnapshot over the tracked blobs. */
  private snapshot(): FileSnapshot {
    const oids = this.state.index.pathOid;
    return {
      files: async (): Promise<SnapshotFile[]> => Object.keys(oids).sort().map((path) => ({ path, kind: 'file' as const })),
      read: async (path: string): Promise<Uint8Array> => this.store.readBlob(oids[path]!),
    };
  }
}

function impliedPrint(xid: string): EntityPrint {
  const depth = xid.split('/').length;
  const level = xid === '/' ? 'registry' : depth === 3 ? 'group' : depth === 5 ? 'resource' : 'version';
  return { level, attrs: contentHash({}) };
}
