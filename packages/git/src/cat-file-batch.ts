import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { GitError } from './git-error.js';
import { gitEnvironment } from './run-git.js';

/** An object read by {@link CatFileBatch}. */
export interface BatchObject {
  readonly type: string;
  readonly content: Buffer;
}

interface Pending {
  resolve(value: BatchObject | null): void;
  reject(error: Error): void;
}

type ParseState = { kind: 'header'; partial: Buffer } | { kind: 'body'; type: string; target: Buffer; filled: number };

const OID = /^[0-9a-f]{4,64}$/;

/**
 * One long-lived `git cat-file --batch` process serving object reads in request order.
 * Requests are pipelined: many reads may be in flight at once. Started on the first read.
 */
export class CatFileBatch {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly queue: Pending[] = [];
  private state: ParseState = { kind: 'header', partial: Buffer.alloc(0) };
  private failure: Error | undefined;

  constructor(private readonly cwd: string) {}

  /** The object `oid` names, or `null` when it is missing or ambiguous. */
  read(oid: string): Promise<BatchObject | null> {
    if (!OID.test(oid)) return Promise.resolve(null);
    if (this.failure) return Promise.reject(this.failure);
    const child = this.child ?? this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      child.stdin.write(`${oid}\n`);
    });
  }

  /** Ends the process and waits for it to exit. Later reads start a new process. */
  async close(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    await new Promise<void>((resolve) => {
      child.once('close', () => resolve());
      child.stdin.end();
    });
  }

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: this.cwd, env: { ...process.env, ...gitEnvironment } });
    this.child = child;
    this.state = { kind: 'header', partial: Buffer.alloc(0) };
    child.stdout.on('data', (chunk: Buffer) => this.consume(chunk));
    child.stdin.on('error', () => undefined);
    child.on('error', (e) => this.fail(new GitError('git-missing', { command: 'git cat-file --batch', detail: e.message }, { cause: e })));
    child.on('close', (code) => {
      if (this.queue.length > 0) this.fail(new GitError('git-failed', { args: ['cat-file', '--batch'], exitCode: code, stderr: '' }));
      if (this.child === child) this.child = undefined;
    });
    return child;
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const p of this.queue.splice(0)) p.reject(error);
  }

  private consume(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length) {
      const s = this.state;
      if (s.kind === 'body') {
        const n = Math.min(s.target.length - s.filled, chunk.length - offset);
        chunk.copy(s.target, s.filled, offset, offset + n);
        s.filled += n;
        offset += n;
        if (s.filled === s.target.length) this.settle({ type: s.type, content: s.target.subarray(0, s.target.length - 1) });
        continue;
      }
      const lf = chunk.indexOf(0x0a, offset);
      if (lf < 0) {
        s.partial = Buffer.concat([s.partial, chunk.subarray(offset)]);
        return;
      }
      this.header(Buffer.concat([s.partial, chunk.subarray(offset, lf)]).toString('utf8'));
      offset = lf + 1;
    }
  }

  private header(line: string): void {
    const [, type, size] = line.split(' ');
    if (size === undefined || type === undefined) return this.settle(null);
    // Body plus the line feed that terminates every object in batch output.
    this.state = { kind: 'body', type, target: Buffer.allocUnsafe(Number(size) + 1), filled: 0 };
  }

  private settle(value: BatchObject | null): void {
    this.state = { kind: 'header', partial: Buffer.alloc(0) };
    this.queue.shift()?.resolve(value);
  }
}
