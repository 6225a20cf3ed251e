import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Diagnostics, locateDiagnostics, validateRegistry } from '@xrgit/core';
import { validateRegistryFormats, type FormatValidation } from '@xrgit/formats';
import { fileHistoryCache, findRegistryDir, findRepoRoot, loadRegistry, type LayoutDiagnostics, type LoadedRegistry } from '@xrgit/git';
import { XRGIT_VERSION } from '../version.js';
import { UsageError } from '../usage-error.js';

/** Where a registry is: the repository, the registry directory in it, and how to show paths. */
export interface RegistryLocation {
  repoRoot: string | undefined;
  /** Repository-relative registry directory (absolute when there is no repository). */
  dir: string;
  /** The registry directory as shown to the user (relative to the current directory). */
  display: string;
}

/**
 * Finds the registry: DIR when given, else the `registry:` of `xrgit.yaml` at the repository
 * root, else `./registry` (docs/layout.md §1).
 */
export async function locateRegistry(dirArg: string | undefined, diagnostics: LayoutDiagnostics): Promise<RegistryLocation> {
  const cwd = process.cwd();
  if (dirArg !== undefined) {
    const abs = resolve(dirArg);
    if (!existsSync(abs)) throw new UsageError(`no such file or directory: ${dirArg}`);
    if (!statSync(abs).isDirectory()) throw new UsageError(`${dirArg} is not a directory`);
    const repoRoot = findRepoRoot(abs);
    return { repoRoot, dir: repoRoot ? relative(repoRoot, abs).split('\\').join('/') : abs, display: relative(cwd, abs) || '.' };
  }
  const repoRoot = findRepoRoot(cwd);
  const base = repoRoot ?? cwd;
  const dir = await findRegistryDir(base, diagnostics);
  const abs = join(base, dir);
  if (!existsSync(abs)) throw new UsageError(`no registry directory: ${relative(cwd, abs) || '.'} does not exist. Give the directory (xrgit validate DIR), set "registry:" in xrgit.yaml, or run xrgit init.`);
  return { repoRoot, dir: repoRoot ? dir : abs, display: relative(cwd, abs) || '.' };
}

/** The history cache directory of a repository (inside .git, so nothing shows in the working tree). */
function cacheFor(repoRoot: string | undefined): ReturnType<typeof fileHistoryCache> | undefined {
  if (!repoRoot) return undefined;
  const gitDir = join(repoRoot, '.git');
  return existsSync(gitDir) && statSync(gitDir).isDirectory() ? fileHistoryCache(join(gitDir, 'xrgit'), XRGIT_VERSION) : undefined;
}

/** A loaded and validated registry with all of its diagnostics, located and with display paths. */
export interface OpenedRegistry {
  location: RegistryLocation;
  loaded: LoadedRegistry;
  diagnostics: Diagnostics<string>;
  /** Format and compatibility validation results by Version xid. */
  formats: FormatValidation;
}

/** Loads the registry of `location` at `ref` (or the working tree) with its history, without validating it. */
export function loadRegistryAt(location: RegistryLocation, ref: string | undefined): Promise<LoadedRegistry> {
  const cache = cacheFor(location.repoRoot);
  return loadRegistry({ repoRoot: location.repoRoot, dir: location.dir, ...(ref !== undefined ? { ref } : {}), ...(cache ? { cache } : {}) });
}

/** Options of {@link openRegistry}. */
export interface OpenRegistryOptions {
  /**
   * How diagnostics name files: `display` (default) relative to the current directory, for
   * people; `repository` relative to the repository root, for CI annotations and SARIF.
   */
  paths?: 'display' | 'repository';
  /** A registry location found earlier (then `dirArg` is ignored). */
  location?: RegistryLocation;
}

/** Loads the registry at `ref` (or the working tree) and validates it. */
export async function openRegistry(dirArg: string | undefined, ref: string | undefined, options: OpenRegistryOptions = {}): Promise<OpenedRegistry> {
  const diagnostics = new Diagnostics<string>() as LayoutDiagnostics;
  const location = options.location ?? (await locateRegistry(dirArg, diagnostics));
  if (ref !== undefined && !location.repoRoot) throw new UsageError(`--ref needs a git repository, and ${location.display} is not in one`);
  const loaded = await loadRegistryAt(location, ref);
  diagnostics.merge(loaded.diagnostics);
  const validation = new Diagnostics();
  validateRegistry(loaded.registry, loaded.model, validation);
  diagnostics.merge(validation);
  const formats = validateRegistryFormats(loaded.registry, loaded.model);
  diagnostics.merge(formats.diagnostics);
  locateDiagnostics(diagnostics.items, loaded.files);
  const prefix = options.paths === 'repository' ? location.dir : location.display;
  for (const d of diagnostics.items) if (d.location.file !== undefined && !d.location.file.startsWith('/')) d.location.file = toPosix(join(prefix, d.location.file));
  return { location, loaded, diagnostics: diagnostics as unknown as Diagnostics<string>, formats };
}

function toPosix(path: string): string {
  return path.split('\\').join('/');
}
