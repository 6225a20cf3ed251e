/** Which implementation serves a {@link GitStore}. */
export type GitBackendName = 'isomorphic-git' | 'git-cli';

/** What a backend can do beyond the common contract. Callers branch on these, never on `backend`. */
export interface GitStoreCapabilities {
  /**
   * Revision syntax that {@link GitStore.resolveRef} understands.
   * `'ancestry'`: branch and tag names, `HEAD`, full or abbreviated (at least 4 hex digits) oids,
   * each optionally followed by `~N` and `^N` suffixes. `'full'`: everything `git rev-parse`
   * accepts (`@{upstream}`, `:/message`, `main@{2}` ...), a superset of `'ancestry'`.
   */
  readonly revisionSyntax: 'ancestry' | 'full';
  /** True when {@link GitStore.readBlobs} streams through one long-lived process. */
  readonly persistentBlobReader: boolean;
}

/** A file in a commit's tree. Submodules (gitlinks) are never listed. */
export interface TreeEntry {
  /** Path relative to the repository root, `/` separators. */
  readonly path: string;
  /** Blob object id (lower-case hex). */
  readonly oid: string;
  /** Git file mode: `'100644'`, `'100755'` or `'120000'`. */
  readonly mode: string;
  /** `'symlink'` when mode is `120000`: the blob then holds the link target, not file content. */
  readonly kind: 'file' | 'executable' | 'symlink';
}

/** One path that differs between two trees. Renames are reported as a `D` plus an `A`. */
export interface FileChange {
  /** `A` added, `M` modified (content, mode or type), `D` deleted. */
  readonly status: 'A' | 'M' | 'D';
  /** Path relative to the repository root, `/` separators. */
  readonly path: string;
  /** Blob oid before the change; `null` for `A`. */
  readonly oldOid: string | null;
  /** Blob oid after the change; `null` for `D`. */
  readonly newOid: string | null;
  /** File mode before the change; `null` for `A`. */
  readonly oldMode: string | null;
  /** File mode after the change; `null` for `D`. */
  readonly newMode: string | null;
}

/** Author or committer of a commit, exactly as recorded in the commit object. */
export interface GitSignature {
  readonly name: string;
  readonly email: string;
  /** Seconds since the Unix epoch (UTC). */
  readonly time: number;
  /** Offset of the recorded time zone east of UTC, in minutes (`+0130` is 90, `-0500` is -300). */
  readonly tzOffsetMinutes: number;
}

/** A commit on a first-parent chain with its changes against its first parent. */
export interface CommitChanges {
  /** Commit object id. */
  readonly oid: string;
  /** Parent commit ids in recorded order; the first one is the first parent. */
  readonly parents: readonly string[];
  readonly author: GitSignature;
  readonly committer: GitSignature;
  /** The raw commit message (as stored, usually ending with a newline). */
  readonly message: string;
  /** Changes against the first parent (against the empty tree for a root commit), sorted by path. */
  readonly changes: readonly FileChange[];
}

/** Options of {@link GitStore.firstParentLog}. */
export interface FirstParentLogOptions {
  /** Only report changes under this directory (repository-relative, no trailing slash). Every commit is still listed. */
  readonly dir?: string;
  /** A commit oid on the first-parent chain of the ref: only commits after it are listed (it is excluded). */
  readonly since?: string;
}

/**
 * Read-only access to one git repository's objects. Paths are repository-relative with `/`
 * separators; every list is sorted byte-wise by path, so both backends return identical values.
 * Operational failures reject with a `GitError` (see its `code` for the cases).
 */
export interface GitStore {
  readonly backend: GitBackendName;
  readonly capabilities: GitStoreCapabilities;
  /**
   * The commit oid a revision names; annotated tags are peeled to their commit.
   * @throws GitError `ref-not-found` when the revision names no commit.
   */
  resolveRef(ref: string): Promise<string>;
  /** True when the repository is a shallow clone (it has a `shallow` file). */
  isShallow(): Promise<boolean>;
  /**
   * Every file under `dir` (default: the whole tree) in a commit, recursively, sorted by path.
   * A missing `dir` gives `[]`.
   * @param commit a full commit oid (see {@link GitStore.resolveRef}).
   * @throws GitError `object-missing` when the commit is not in the repository.
   */
  listTree(commit: string, dir?: string): Promise<TreeEntry[]>;
  /**
   * The content of one blob.
   * @throws GitError `object-missing` when the oid names no blob.
   */
  readBlob(oid: string): Promise<Uint8Array>;
  /**
   * The contents of many blobs, in the order of `oids`. Prefer this to many `readBlob` calls.
   * @throws GitError `object-missing` when any oid names no blob.
   */
  readBlobs(oids: readonly string[]): Promise<Uint8Array[]>;
  /**
   * The first-parent chain of `ref`, oldest first, each commit with its changes against its first
   * parent under `options.dir`. Merge commits are diffed against their first parent, so commits of
   * merged side branches are neither listed nor double-counted. No rename detection.
   * @throws GitError `ref-not-found`; `shallow-clone` when the chain it needs reaches the
   * boundary of a shallow clone; `not-an-ancestor` when `since` is not on the chain.
   */
  firstParentLog(ref: string, options?: FirstParentLogOptions): Promise<CommitChanges[]>;
  /**
   * Paths under `dir` that differ between two commits (`a` old, `b` new), sorted by path.
   * @throws GitError `object-missing` when either commit is not in the repository.
   */
  diffTrees(a: string, b: string, dir?: string): Promise<FileChange[]>;
  /** Releases processes and caches. The store must not be used afterwards. Idempotent. */
  close(): Promise<void>;
}
