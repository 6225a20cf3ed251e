/** Content of one file in a scripted commit: text, bytes, or a symbolic link to `symlink`. */
export type ScriptedFile = string | Uint8Array | { readonly symlink: string };

/** One commit for {@link FastImportStream.commit}. */
export interface FastImportCommit {
  readonly ref: string;
  readonly mark: number;
  readonly from: number | undefined;
  readonly merges: readonly number[];
  readonly identity: string;
  /** Raw git date: `<epoch seconds> <+hhmm>`. */
  readonly date: string;
  readonly message: string;
  /** Path to new content, or `null` to delete the path. */
  readonly files: ReadonlyMap<string, ScriptedFile | null>;
}

/**
 * Builds a `git fast-import` input stream in memory. Marks are positive integers chosen by the
 * caller; everything is byte-counted, so any content (binary included) round-trips exactly.
 */
export class FastImportStream {
  private readonly parts: Buffer[] = [];

  /** Appends a commit (a merge when `merges` is non-empty). */
  commit(c: FastImportCommit): void {
    this.line(`commit ${c.ref}`);
    this.line(`mark :${c.mark}`);
    this.line(`author ${c.identity} ${c.date}`);
    this.line(`committer ${c.identity} ${c.date}`);
    this.data(c.message);
    if (c.from !== undefined) this.line(`from :${c.from}`);
    for (const m of c.merges) this.line(`merge :${m}`);
    for (const [path, file] of c.files) this.file(path, file);
  }

  /** Appends an annotated tag on `mark`, or a lightweight one when `message` is undefined. */
  tag(name: string, mark: number, identity: string, date: string, message: string | undefined): void {
    if (message === undefined) {
      this.reset(`refs/tags/${name}`, mark);
    } else {
      this.line(`tag ${name}`);
      this.line(`from :${mark}`);
      this.line(`tagger ${identity} ${date}`);
      this.data(message);
    }
  }

  /** Points `ref` at the commit `mark` (creates branches that got no commit of their own). */
  reset(ref: string, mark: number): void {
    this.line(`reset ${ref}`);
    this.line(`from :${mark}`);
  }

  /** The whole stream. */
  toBuffer(): Buffer {
    return Buffer.concat(this.parts);
  }

  private file(path: string, file: ScriptedFile | null): void {
    const quoted = JSON.stringify(path);
    if (file === null) return this.line(`D ${quoted}`);
    const isLink = typeof file === 'object' && !(file instanceof Uint8Array);
    this.line(`M ${isLink ? '120000' : '100644'} inline ${quoted}`);
    this.data(isLink ? file.symlink : file);
  }

  private data(content: string | Uint8Array): void {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    this.line(`data ${bytes.length}`);
    // The line feed after the data is optional in the format; it keeps the stream readable.
    this.parts.push(bytes, Buffer.from('\n'));
  }

  private line(text: string): void {
    this.parts.push(Buffer.from(`${text}\n`, 'utf8'));
  }
}
