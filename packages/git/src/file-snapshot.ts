/** A file of a {@link FileSnapshot}. */
export interface SnapshotFile {
  /** Path relative to the snapshot's directory, `/` separators. */
  readonly path: string;
  /** Size in bytes when known without reading (working trees know it, commits do not). */
  readonly size?: number;
  /**
   * `'file'`: readable (a symbolic link to a file inside the repository counts as its target).
   * `'symlink-outside'`: a link leading outside the repository, never read.
   * `'symlink-broken'`: a link to nothing, to a directory, or in a loop, never read.
   */
  readonly kind: 'file' | 'symlink-outside' | 'symlink-broken';
}

/**
 * The files of one directory at one point in time (a commit, or the working tree), the common
 * source the loader reads definitions from.
 */
export interface FileSnapshot {
  /** Every file under the directory, sorted byte-wise by path. */
  files(): Promise<SnapshotFile[]>;
  /**
   * The bytes of a file that {@link FileSnapshot.files} lists with kind `'file'`.
   * @throws GitError `not-in-snapshot` for any other path.
   */
  read(path: string): Promise<Uint8Array>;
}
