import fs from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import git from 'isomorphic-git';
import { sortByPath } from './compare-paths.js';
import { diffTreeObjects } from './diff-tree-objects.js';
import { GitError } from './git-error.js';
import type { CommitChanges, FileChange, FirstParentLogOptions, GitStore, GitStoreCapabilities, TreeEntry } from './git-store.js';
import { checkFirstParentResult } from './check-first-parent-result.js';
import { isoObjectError, subtreeOid, type IsoRepo } from './iso-repo.js';
import { listTreeObjects } from './list-tree-objects.js';
import { normalizeDir } from './normalize-dir.js';
import { readFirstParentChain, toCommitChanges } from './read-first-parent-chain.js';
import { resolveRevision } from './resolve-revision.js';
import { toBytes } from './to-bytes.js';

/** A {@link GitStore} in pure JavaScript: isomorphic-git reading the repository through `fs`. */
export class IsoGitStore implements GitStore {
  readonly backend = 'isomorphic-git';
  readonly capabilities: GitStoreCapabilities = { revisionSyntax: 'ancestry', persistentBlobReader: false };

  private constructor(private readonly repo: IsoRepo) {}

  /**
   * Opens the working tree whose root is `dir` (it holds `.git`, a directory or a `gitdir:` file).
   * @throws GitError `not-a-repository`; `unsupported-repository` for linked worktrees, whose
   * objects live in another directory that isomorphic-git does not follow.
   */
  static async open(dir: string): Promise<IsoGitStore> {
    const dotgit = join(dir, '.git');
    const info = await stat(dotgit).catch(() => undefined);
    if (!info) throw new GitError('not-a-repository', { dir });
    const pointer = info.isDirectory() ? dotgit : (await readFile(dotgit, 'utf8')).replace(/^gitdir: /, '').trim();
    const resolved = isAbsolute(pointer) ? pointer : join(dir, pointer);
    if (!(await stat(join(resolved, 'HEAD')).catch(() => undefined))) throw new GitError('not-a-repository', { dir });
    if (await stat(join(resolved, 'commondir')).catch(() => undefined)) {
      throw new GitError('unsupported-repository', { dir, reason: 'a linked worktree (git worktree add)' });
    }
    return new IsoGitStore({ fs, dir, gitdir: resolved, cache: {} });
  }

  resolveRef(ref: string): Promise<string> {
    return resolveRevision(this.repo, ref);
  }

  async isShallow(): Promise<boolean> {
    return (await this.shallowCommits()).size > 0;
  }

  async listTree(commit: string, dir?: string): Promise<TreeEntry[]> {
    const d = normalizeDir(dir);
    const root = await this.commitTree(commit);
    const tree = await subtreeOid(this.repo, root, d);
    const out: TreeEntry[] = [];
    if (tree !== undefined) await listTreeObjects(this.repo, tree, d, out);
    return sortByPath(out);
  }

  async readBlob(oid: string): Promise<Uint8Array> {
    try {
      return toBytes((await git.readBlob({ fs: this.repo.fs, gitdir: this.repo.gitdir, oid, cache: this.repo.cache })).blob);
    } catch (e) {
      throw isoObjectError(e, oid, 'blob');
    }
  }

  readBlobs(oids: readonly string[]): Promise<Uint8Array[]> {
    return Promise.all(oids.map((oid) => this.readBlob(oid)));
  }

  async firstParentLog(ref: string, options: FirstParentLogOptions = {}): Promise<CommitChanges[]> {
    const tip = await this.resolveRef(ref);
    const since = options.since === undefined ? undefined : await this.resolveRef(options.since);
    if (since === tip) return [];
    const shallow = await this.shallowCommits();
    const chain = await readFirstParentChain(this.repo, tip, since, shallow);
    checkFirstParentResult(chain.map((c) => toCommitChanges(c, [])), { ref, tip, since, shallow });
    const d = normalizeDir(options.dir);
    const subtrees = new Map<string, Promise<string | undefined>>();
    const dirTree = (treeOid: string | undefined) => {
      if (treeOid === undefined) return Promise.resolve(undefined);
      if (!subtrees.has(treeOid)) subtrees.set(treeOid, subtreeOid(this.repo, treeOid, d));
      return subtrees.get(treeOid)!;
    };
    const result: CommitChanges[] = [];
    for (const c of chain) {
      const changes: FileChange[] = [];
      await diffTreeObjects(this.repo, await dirTree(c.parentTree), await dirTree(c.commit.tree), d, changes);
      result.push(toCommitChanges(c, sortByPath(changes)));
    }
    return result;
  }

  async diffTrees(a: string, b: string, dir?: string): Promise<FileChange[]> {
    const d = normalizeDir(dir);
    const [ta, tb] = await Promise.all([this.commitTree(a), this.commitTree(b)]);
    const [sa, sb] = await Promise.all([subtreeOid(this.repo, ta, d), subtreeOid(this.repo, tb, d)]);
    const out: FileChange[] = [];
    await diffTreeObjects(this.repo, sa, sb, d, out);
    return sortByPath(out);
  }

  async close(): Promise<void> {
    // isomorphic-git holds no processes or handles; drop the cached pack indexes.
    for (const key of Object.keys(this.repo.cache)) delete (this.repo.cache as Record<string, unknown>)[key];
  }

  /** The root tree of a commit. @throws GitError `object-missing` when `oid` is no commit. */
  private async commitTree(oid: string): Promise<string> {
    try {
      const { type, object } = await git.readObject({ fs: this.repo.fs, gitdir: this.repo.gitdir, oid, cache: this.repo.cache });
      if (type !== 'commit') throw new GitError('object-missing', { oid, expected: 'commit', found: type });
      return (object as { tree: string }).tree;
    } catch (e) {
      throw e instanceof GitError ? e : isoObjectError(e, oid, 'commit');
    }
  }

  private async shallowCommits(): Promise<Set<string>> {
    const text = await readFile(join(this.repo.gitdir, 'shallow'), 'utf8').catch(() => '');
    return new Set(text.split('\n').filter((l) => l !== ''));
  }
}
