import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openGitStore } from '@xrgit/git';

/**
 * Reads text files of one revision of a repository: the working tree when `commit` is
 * undefined, else the commit's tree. Paths are repository-relative. Missing files read as
 * undefined. Used for waivers.yaml and the code frames of the text report.
 */
export class RevisionFiles {
  private tree: Promise<Map<string, string>> | undefined;

  constructor(
    private readonly root: string,
    private readonly commit: string | undefined,
    /** Directory of the files that may be read, repository-relative (limits the tree listing). */
    private readonly dir: string,
  ) {}

  /** The text of `path`, or undefined when the revision has no such file. */
  async read(path: string): Promise<string | undefined> {
    if (this.commit === undefined) return readFile(join(this.root, path), 'utf8').catch(() => undefined);
    const oid = (await this.listing()).get(path);
    if (oid === undefined) return undefined;
    const store = await openGitStore(this.root);
    try {
      return Buffer.from(await store.readBlob(oid)).toString('utf8');
    } finally {
      await store.close();
    }
  }

  private listing(): Promise<Map<string, string>> {
    this.tree ??= (async () => {
      const store = await openGitStore(this.root);
      try {
        return new Map((await store.listTree(this.commit!, this.dir === '' ? undefined : this.dir)).map((e) => [e.path, e.oid]));
      } finally {
        await store.close();
      }
    })();
    return this.tree;
  }
}
