import { randomBytes } from 'node:crypto';
import { copyFileSync, linkSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, parse, resolve, sep } from 'node:path';
import { ExportError } from './export-error.js';
import { parseManifest, sha256, type SiteManifest } from './site-manifest.js';
import { MANIFEST_FILE, type SiteTree } from './site-types.js';

/** Options of {@link writeSite}. */
export interface WriteOptions {
  /**
   * Reuse files of the previous output whose SHA-256 did not change (hard link, or copy where
   * links fail). Default: true when the output holds an xrgit manifest.
   */
  incremental?: boolean;
}

/** What {@link writeSite} did; the manifest itself is not counted. */
export interface WriteResult {
  /** Files written from the tree's bytes (new or changed, or every file when not incremental). */
  written: number;
  /** Files taken over from the previous output unchanged. */
  unchanged: number;
  /** Files of the previous output that the new one no longer has. */
  removed: number;
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/**
 * Refuses output directories that a typo could wipe out; returns the previous manifest, if any.
 * @throws ExportError `unsafe-out-dir`, `out-dir-not-a-site`
 */
async function checkOutDir(outDir: string): Promise<SiteManifest | undefined> {
  if (parse(outDir).root === outDir) throw new ExportError('unsafe-out-dir', { outDir, reason: 'filesystem-root' });
  if (await exists(join(outDir, '.git'))) throw new ExportError('unsafe-out-dir', { outDir, reason: 'repository-root' });
  const st = await stat(outDir).catch(() => undefined);
  if (!st) return undefined;
  if (!st.isDirectory()) throw new ExportError('unsafe-out-dir', { outDir, reason: 'not-a-directory' });
  const manifest = await readFile(join(outDir, MANIFEST_FILE), 'utf8').then(parseManifest, () => undefined);
  if (!manifest && (await readdir(outDir)).length > 0) throw new ExportError('out-dir-not-a-site', { outDir });
  return manifest;
}

/** The absolute target of a site path inside `dir`. @throws ExportError `path-outside-out-dir` */
function inside(dir: string, path: string): string {
  const segments = path.split('/');
  const bad = path.includes('\\') || path.includes('\0') || segments.some((s) => s === '' || s === '.' || s === '..');
  const target = resolve(dir, path);
  if (bad || !target.startsWith(dir + sep)) throw new ExportError('path-outside-out-dir', { path });
  return target;
}

/**
 * True when the previous file at `from` can be taken over: a regular file of the size the
 * previous manifest recorded (its content was hashed when it was written; tampering is what
 * `verifySite` is for, and a size change is the cheap sign of an edited file).
 */
function reusable(from: string, expectedSize: number): boolean {
  try {
    const st = lstatSync(from);
    return st.isFile() && st.size === expectedSize;
  } catch {
    return false;
  }
}

/**
 * Fills the temporary tree. Synchronous file operations on purpose: for tens of thousands of
 * small files they are several times faster than awaiting each asynchronous call, and a build
 * has nothing else to do meanwhile.
 */
function fill(tree: SiteTree, tmp: string, outDir: string, previous: Map<string, { sha256: string; size: number }> | undefined): WriteResult {
  const result: WriteResult = { written: 0, unchanged: 0, removed: 0 };
  const made = new Set<string>();
  for (const [path, file] of tree) {
    if (file.redirect !== undefined) continue;
    const target = inside(tmp, path);
    const dir = dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    const before = path === MANIFEST_FILE ? undefined : previous?.get(path);
    if (before !== undefined && before.size === file.bytes.length && before.sha256 === sha256(file.bytes)) {
      const from = inside(outDir, path);
      if (reusable(from, before.size)) {
        try {
          linkSync(from, target);
        } catch {
          copyFileSync(from, target);
        }
        result.unchanged++;
        continue;
      }
    }
    writeFileSync(target, file.bytes, { flag: 'wx' });
    if (path !== MANIFEST_FILE) result.written++;
  }
  return result;
}

/** Whether process `pid` is running on this machine (a build that may still use its siblings). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Cleans up after interrupted builds of `outDir`: removes the `.<name>.xrgit-tmp-<pid>-*` and
 * `.<name>.xrgit-old-<pid>-*` siblings of builds whose process is gone, and first, when a build
 * was killed between its two renames (the output moved aside, the new tree not yet in place),
 * moves the previous output back.
 */
async function recoverInterrupted(outDir: string): Promise<void> {
  const prefix = `.${basename(outDir)}.xrgit-`;
  const stale = (await readdir(dirname(outDir)).catch(() => [] as string[]))
    .map((name) => ({ name, m: /^(tmp|old)-(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length)) }))
    .filter(({ name, m }) => name.startsWith(prefix) && m !== null && !alive(Number(m[2])));
  const old = stale.find(({ m }) => m![1] === 'old');
  if (old && !(await exists(outDir))) await rename(join(dirname(outDir), old.name), outDir);
  for (const { name } of stale) if (name !== old?.name || (await exists(join(dirname(outDir), name)))) await rm(join(dirname(outDir), name), { recursive: true, force: true });
}

/** Moves `tmp` to `outDir`, the previous output out of the way first and back on failure. */
async function swapIn(tmp: string, outDir: string, hadPrevious: boolean, suffix: string): Promise<void> {
  if (!hadPrevious) {
    await rename(tmp, outDir);
    return;
  }
  const old = join(dirname(outDir), `.${basename(outDir)}.xrgit-old-${suffix}`);
  await rename(outDir, old);
  try {
    await rename(tmp, outDir);
  } catch (e) {
    await rename(old, outDir);
    throw e;
  }
  await rm(old, { recursive: true, force: true });
}

/**
 * Writes a rendered site to `outDir` atomically: the tree is built in a temporary sibling
 * directory and swapped in with two renames, so a failed or interrupted build leaves the previous
 * output exactly as it was (an interrupted one also leaves a `.<name>.xrgit-tmp-*` sibling to
 * delete; the next build of the same output removes it, see {@link recoverInterrupted}). Incremental by default when a previous manifest exists: files whose SHA-256 is
 * unchanged (and still intact on disk) are hard-linked from the previous output instead of
 * rewritten. Redirect entries are not files and are not written. Nothing is written outside
 * `outDir` and its temporary siblings.
 * @throws ExportError `unsafe-out-dir` (the filesystem root, a git repository root, a file),
 *   `out-dir-not-a-site` (non-empty without an xrgit manifest), `path-outside-out-dir`.
 */
export async function writeSite(tree: SiteTree, outDir: string, options: WriteOptions = {}): Promise<WriteResult> {
  const out = resolve(outDir);
  if (parse(out).root !== out) await recoverInterrupted(out);
  const previousManifest = await checkOutDir(out);
  const hadPrevious = await exists(out);
  for (const path of tree.keys()) inside(out, path);
  const incremental = options.incremental ?? previousManifest !== undefined;
  const previous = incremental && previousManifest ? new Map(previousManifest.files.map((f) => [f.path, { sha256: f.sha256, size: f.size }])) : undefined;
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmp = join(dirname(out), `.${basename(out)}.xrgit-tmp-${suffix}`);
  await mkdir(dirname(out), { recursive: true });
  let result: WriteResult;
  try {
    await mkdir(tmp);
    result = fill(tree, tmp, out, previous);
    await swapIn(tmp, out, hadPrevious, suffix);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  result.removed = previousManifest ? previousManifest.files.filter((f) => !tree.has(f.path)).length : 0;
  return result;
}
