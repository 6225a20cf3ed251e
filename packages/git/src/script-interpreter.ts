import { FastImportStream, type ScriptedFile } from './fast-import-stream.js';
import { mergeBase, mergeFiles, type FileMap } from './merge-files.js';
import { parseCommitDate } from './parse-commit-date.js';
import type { ScriptStep } from './scripted-repo.js';

const DEFAULT_EPOCH = Date.parse('2024-01-01T00:00:00Z') / 1000;

/**
 * Turns scripted steps into a fast-import stream, tracking branches and file maps the way git
 * would. File maps are kept per commit only when the script merges (merges need the base).
 */
export class ScriptInterpreter {
  readonly stream = new FastImportStream();
  /** Mark of every commit and merge step, in step order. */
  readonly commitMarks: number[] = [];
  current: string;
  private readonly tips = new Map<string, number | undefined>();
  private readonly files = new Map<string, Map<string, ScriptedFile>>();
  private readonly parents = new Map<number, number[]>();
  private readonly snapshots = new Map<number, FileMap>();
  private staged = new Map<string, ScriptedFile | null>();

  constructor(
    branch: string,
    private readonly identity: string,
    private readonly keepSnapshots: boolean,
  ) {
    this.current = branch;
    this.tips.set(branch, undefined);
    this.files.set(branch, new Map());
  }

  /** Applies one step. @throws Error for a step that cannot apply (unknown branch, conflict ...). */
  apply(step: ScriptStep): void {
    if ('commit' in step) this.commit(step.commit.message, step.commit.files ?? {}, step.commit.date, []);
    else if ('branch' in step) this.branch(step.branch);
    else if ('checkout' in step) this.checkout(step.checkout);
    else if ('merge' in step) this.merge(step.merge, step.message ?? `Merge branch '${step.merge}'`, step.date, step.files ?? {});
    else if ('rename' in step) this.rename(step.rename[0], step.rename[1]);
    else if ('tag' in step) this.tag(step.tag, step.message, step.date);
  }

  /** True when the current branch has a commit (an unborn branch has nothing to check out). */
  hasCommit(): boolean {
    return this.tips.get(this.current) !== undefined;
  }

  /** Writes every branch ref, including branches created without a commit of their own. */
  finish(): void {
    for (const [name, mark] of this.tips) if (mark !== undefined) this.stream.reset(`refs/heads/${name}`, mark);
  }

  private commit(message: string, files: Record<string, ScriptedFile | null>, date: string | undefined, merges: number[]): void {
    const mark = this.commitMarks.length + 1;
    const from = this.tips.get(this.current);
    const changes = new Map([...this.staged, ...Object.entries(files)]);
    const state = this.files.get(this.current)!;
    for (const [path, file] of changes) {
      if (file === null) state.delete(path);
      else state.set(path, file);
    }
    const raw = date === undefined ? `${DEFAULT_EPOCH + mark * 60} +0000` : parseCommitDate(date);
    this.stream.commit({ ref: `refs/heads/${this.current}`, mark, from, merges, identity: this.identity, date: raw, message: withNewline(message), files: changes });
    this.commitMarks.push(mark);
    this.parents.set(mark, [...(from === undefined ? [] : [from]), ...merges]);
    if (this.keepSnapshots) this.snapshots.set(mark, new Map(state));
    this.tips.set(this.current, mark);
    this.staged = new Map();
  }

  private branch(name: string): void {
    if (this.tips.has(name)) throw new Error(`branch "${name}" exists already; use { checkout: '${name}' } to switch to it.`);
    this.tips.set(name, this.tips.get(this.current));
    this.files.set(name, new Map(this.files.get(this.current)));
    this.current = name;
  }

  private checkout(name: string): void {
    if (!this.tips.has(name)) throw new Error(`branch "${name}" does not exist; create it first with { branch: '${name}' }.`);
    this.current = name;
  }

  private merge(name: string, message: string, date: string | undefined, resolved: Record<string, ScriptedFile | null>): void {
    const [ours, theirs] = [this.tips.get(this.current), this.tips.get(name)];
    if (ours === undefined || theirs === undefined) throw new Error(`cannot merge "${name}" into "${this.current}": both need a commit first.`);
    const base = mergeBase(this.parents, ours, theirs);
    const empty: FileMap = new Map();
    const { merged, conflicts } = mergeFiles(base === undefined ? empty : this.snapshots.get(base)!, this.snapshots.get(ours)!, this.snapshots.get(theirs)!);
    const open = conflicts.filter((p) => !(p in resolved));
    if (open.length > 0) throw new Error(`merging "${name}" conflicts on ${open.join(', ')}; give their merged content in the step's files.`);
    const state = this.files.get(this.current)!;
    const changes: Record<string, ScriptedFile | null> = {};
    for (const path of state.keys()) if (!merged.has(path)) changes[path] = null;
    for (const [path, file] of merged) if (state.get(path) !== file) changes[path] = file;
    this.commit(message, { ...changes, ...resolved }, date, [theirs]);
  }

  private rename(from: string, to: string): void {
    const content = this.staged.get(from) ?? this.files.get(this.current)!.get(from);
    if (content === undefined || content === null) throw new Error(`cannot rename "${from}": no such file on "${this.current}".`);
    this.staged.set(from, null);
    this.staged.set(to, content);
  }

  private tag(name: string, message: string | undefined, date: string | undefined): void {
    const mark = this.tips.get(this.current);
    if (mark === undefined) throw new Error(`cannot tag "${name}": "${this.current}" has no commit yet.`);
    this.stream.tag(name, mark, this.identity, date === undefined ? `${DEFAULT_EPOCH + mark * 60} +0000` : parseCommitDate(date), message === undefined ? undefined : withNewline(message));
  }
}

const withNewline = (message: string): string => (message.endsWith('\n') ? message : `${message}\n`);
