import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CatFileBatch } from './cat-file-batch.js';
import { sortByPath } from './compare-paths.js';
import { parseRawChange } from './file-change.js';
import { GitError } from './git-error.js';
import type { CommitChanges, FileChange, FirstParentLogOptions, GitStore, GitStoreCapabilities, TreeEntry } from './git-store.js';
import { checkFirstParentResult } from './check-first-parent-result.js';
import { isUnder, normalizeDir } from './normalize-dir.js';
import { RAW_LOG_FORMAT, RawLogParser } from './raw-log-parser.js';
import { runGit } from './run-git.js';
import { toBytes } from './to-bytes.js';
import { treeEntryKind } from './tree-entry-kind.js';

/** A {@link GitStore} over the git binary: `ls-tree`, `log`, `diff-tree` and one persistent `cat-file --batch`. */
export class CliGitStore implements GitStore {
  readonly backend = 'git-cli';
  readonly capabilities: GitStoreCapabilities = { revisionSyntax: 'full', persistentBlobReader: true };
  private readonly batch: CatFileBatch;

  private constructor(
    private readonly root: string,
    private readonly shallowFile: string,
  ) {
    this.batch = new CatFileBatch(root);
  }

  /**
   * Opens the working tree whose root is `dir`.
   * @throws GitError `not-a-repository` when `dir` is not the root of a working tree; `git-missing`.
   */
  static async open(dir: string): Promise<CliGitStore> {
    const args = ['rev-parse', '--is-inside-work-tree', '--show-prefix', '--git-path', 'shallow'];
    const { stdout, exitCode } = await runGit(args, { cwd: dir, okExitCodes: [0, 128] });
    const [inside, prefix, shallow] = stdout.toString('utf8').split('\n');
    if (exitCode !== 0 || inside !== 'true' || prefix !== '' || !shallow) throw new GitError('not-a-repository', { dir });
    return new CliGitStore(dir, resolve(dir, shallow));
  }

  async resolveRef(ref: string): Promise<string> {
    const args = ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`];
    const { stdout, exitCode } = await this.git(args, [0, 1, 128]);
    const oid = stdout.toString('utf8').trim();
    if (exitCode !== 0 || !/^[0-9a-f]{40,64}$/.test(oid)) throw new GitError('ref-not-found', { ref });
    return oid;
  }

  async isShallow(): Promise<boolean> {
    return (await this.shallowCommits()).size > 0;
  }

  async listTree(commit: string, dir?: string): Promise<TreeEntry[]> {
    await this.expectObject(commit, 'commit');
    const d = normalizeDir(dir);
    const { stdout } = await this.git(['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', commit, ...(d ? ['--', d] : [])]);
    const entries: TreeEntry[] = [];
    for (const record of stdout.toString('utf8').split('\0')) {
      const tab = record.indexOf('\t');
      const [mode = '', type, oid = ''] = record.slice(0, tab).split(' ');
      const path = record.slice(tab + 1);
      const kind = treeEntryKind(mode);
      if (type === 'blob' && kind && isUnder(path, d)) entries.push({ path, oid, mode, kind });
    }
    return sortByPath(entries);
  }

  async readBlob(oid: string): Promise<Uint8Array> {
    return toBytes(await this.expectObject(oid, 'blob'));
  }

  readBlobs(oids: readonly string[]): Promise<Uint8Array[]> {
    return Promise.all(oids.map(async (oid) => toBytes(await this.expectObject(oid, 'blob'))));
  }

  async firstParentLog(ref: string, options: FirstParentLogOptions = {}): Promise<CommitChanges[]> {
    const tip = await this.resolveRef(ref);
    const since = options.since === undefined ? undefined : await this.resolveRef(options.since);
    if (since === tip) return [];
    const d = normalizeDir(options.dir);
    const parser = new RawLogParser();
    const args = ['--literal-pathspecs', 'log', '--first-parent', '--diff-merges=first-parent', '--root', '--raw', '--no-abbrev', '-z'];
    args.push('--no-renames', '--no-color', '--no-ext-diff', '--no-show-signature', '--full-history', '--sparse', '--date=raw');
    args.push(`--format=${RAW_LOG_FORMAT}`, tip, ...(since ? [`^${since}`] : []), '--', ...(d ? [d] : []));
    await this.git(args, [0], (chunk) => parser.push(chunk));
    const commits = parser.end().reverse();
    checkFirstParentResult(commits, { tip, since, ref, shallow: await this.shallowCommits() });
    return commits;
  }

  async diffTrees(a: string, b: string, dir?: string): Promise<FileChange[]> {
    await Promise.all([this.expectObject(a, 'commit'), this.expectObject(b, 'commit')]);
    const d = normalizeDir(dir);
    const args = ['--literal-pathspecs', 'diff-tree', '-r', '-z', '--no-renames', '--no-abbrev', '--no-ext-diff', a, b, '--', ...(d ? [d] : [])];
    const tokens = (await this.git(args)).stdout.toString('utf8').split('\0');
    const changes: FileChange[] = [];
    for (let i = 0; i + 1 < tokens.length; i += 2) {
      const change = parseRawChange(tokens[i]!, tokens[i + 1]!);
      if (change) changes.push(change);
    }
    return sortByPath(changes);
  }

  async close(): Promise<void> {
    await this.batch.close();
  }

  private git(args: string[], okExitCodes?: number[], onStdout?: (chunk: Buffer) => void) {
    return runGit(args, { cwd: this.root, ...(okExitCodes ? { okExitCodes } : {}), ...(onStdout ? { onStdout } : {}) });
  }

  private async expectObject(oid: string, expected: 'blob' | 'commit'): Promise<Buffer> {
    const object = await this.batch.read(oid);
    if (!object) throw new GitError('object-missing', { oid, expected });
    if (object.type !== expected) throw new GitError('object-missing', { oid, expected, found: object.type });
    return object.content;
  }

  private async shallowCommits(): Promise<Set<string>> {
    const text = await readFile(this.shallowFile, 'utf8').catch(() => '');
    return new Set(text.split('\n').filter((l) => l !== ''));
  }
}
