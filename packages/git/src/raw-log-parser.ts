import { sortByPath } from './compare-paths.js';
import { isRawRecord, parseRawChange } from './file-change.js';
import { parseTzOffset } from './parse-tz-offset.js';
import type { CommitChanges, FileChange, GitSignature } from './git-store.js';

/**
 * The `--format` that {@link RawLogParser} reads: nine NUL-separated header fields. With `-z`
 * git ends the header with a NUL and follows it with `<meta>\0<path>\0` pairs.
 */
export const RAW_LOG_FORMAT = '%H%x00%P%x00%an%x00%ae%x00%ad%x00%cn%x00%ce%x00%cd%x00%B';
const HEADER_FIELDS = 9;

/**
 * Streaming parser of `git log --raw -z --date=raw --format=RAW_LOG_FORMAT` output: feed it
 * chunks as they arrive, then call {@link RawLogParser.end}. Memory stays proportional to the
 * parsed result, never to the whole output.
 */
export class RawLogParser {
  private readonly decoder = new TextDecoder('utf-8');
  private carry = '';
  private header: string[] = [];
  private meta: string | undefined;
  private changes: FileChange[] = [];
  private readonly commits: CommitChanges[] = [];

  /** Consumes one chunk of stdout. */
  push(chunk: Uint8Array): void {
    const tokens = (this.carry + this.decoder.decode(chunk, { stream: true })).split('\0');
    this.carry = tokens.pop() ?? '';
    for (const t of tokens) this.token(t);
  }

  /** Finishes parsing and returns the commits in output order (newest first for `git log`). */
  end(): CommitChanges[] {
    const rest = this.carry + this.decoder.decode();
    if (rest !== '') this.token(rest);
    this.flush();
    return this.commits;
  }

  private token(t: string): void {
    if (this.header.length < HEADER_FIELDS) {
      this.header.push(t);
    } else if (this.meta !== undefined) {
      const change = parseRawChange(this.meta, t);
      if (change) this.changes.push(change);
      this.meta = undefined;
    } else if (isRawRecord(t)) {
      this.meta = t;
    } else if (t !== '') {
      this.flush();
      this.header.push(t);
    }
  }

  private flush(): void {
    if (this.header.length < HEADER_FIELDS) return;
    const [oid, parents, an, ae, ad, cn, ce, cd, message] = this.header as [string, string, string, string, string, string, string, string, string];
    this.commits.push({
      oid,
      parents: parents === '' ? [] : parents.split(' '),
      author: signature(an, ae, ad),
      committer: signature(cn, ce, cd),
      message,
      changes: sortByPath(this.changes),
    });
    this.header = [];
    this.changes = [];
  }
}

/** Builds a signature from a name, an email and a `--date=raw` value (`1704164645 +0100`). */
function signature(name: string, email: string, raw: string): GitSignature {
  const [time = '0', tz = '+0000'] = raw.split(' ');
  return { name, email, time: Number(time), tzOffsetMinutes: parseTzOffset(tz) };
}
