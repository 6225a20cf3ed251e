import { buildRegistryModel, Diagnostics, locateDiagnostics, SourceFile, type DiagnosticCode, type Model, type ModelSource, type RegistryNode } from '@xrgit/core';
import type { FileSnapshot } from '../file-snapshot.js';
import { isXregDocumentName } from './document-extensions.js';
import type { FileContribution, LayoutDiagnostics } from './file-contribution.js';
import type { LayoutCode } from './layout-catalogue.js';
import { layoutContext } from './layout-context.js';
import { loadLayoutFile } from './load-layout-file.js';
import { mergeContributions } from './merge-contributions.js';
import { modelIncludeLoader } from './model-include-loader.js';

/** Options of {@link loadLayout}. */
export interface LoadLayoutOptions {
  /** A model source to use instead of the registry's own (its relative includes resolve from the registry directory). */
  modelsource?: Record<string, unknown>;
}

/** A registry directory read into one registry (docs/layout.md). */
export interface LoadedLayout {
  /** The merged registry; history-derived Resources have one placeholder Version `1`. */
  registry: RegistryNode;
  model: Model;
  /** The model source with every `$include` resolved, as published at `/modelsource`. */
  modelsource: Record<string, unknown>;
  /** xids of the Resources whose versions come from git history. */
  historyResources: Set<string>;
  /** Everything layout-specific, located (file, line, column); attribute validation is the caller's. */
  diagnostics: LayoutDiagnostics;
  /** Every parsed JSON/YAML file by path, for locating later diagnostics. */
  files: Map<string, SourceFile>;
  contributions: FileContribution[];
}

/** Directory-level problems are reported once per directory, not once per file in it. */
const PER_DIRECTORY: Partial<Record<string, number>> = { 'layout/unknown-group-type': 1, 'layout/unknown-entry': 1, 'layout/unknown-resource-type': 3 };

/**
 * Reads every file of `snapshot` (a registry directory at a commit or in the working tree):
 * builds the model from `model.yaml`, `registry.yaml`'s `modelsource`, an `.xreg` document's
 * `modelsource` or the default, resolving local `$include`s from the same snapshot; loads and
 * merges every file. Does not run `validateRegistry` (the caller does, once history has
 * assigned versions). Links that leave the repository or lead nowhere are reported and never read.
 *
 * @throws whatever `snapshot` throws for operational failures (GitError).
 */
export async function loadLayout(snapshot: FileSnapshot, options: LoadLayoutOptions = {}): Promise<LoadedLayout> {
  const diagnostics: LayoutDiagnostics = new Diagnostics<LayoutCode | DiagnosticCode>();
  const bytes = new Map<string, Uint8Array>();
  for (const f of await snapshot.files()) {
    if (f.kind === 'file') bytes.set(f.path, await snapshot.read(f.path));
    else diagnostics.report('layout/symlink-outside', { file: f.path, detail: f.kind === 'symlink-outside' ? 'leads outside the repository' : 'is broken (it leads to nothing, to a directory, or in a loop)' }, { file: f.path });
  }
  const found = findModelSource(bytes, options);
  const built = buildRegistryModel(found.source, modelIncludeLoader(bytes, found.file ?? 'model.yaml'), found.file);
  for (const p of built.problems) diagnostics.report(p.code, p.args, found.file ? { file: found.file, pointer: `${found.pointer}${p.pointer}` } : {});
  const ctx = layoutContext(built.model);
  const contributions = [...bytes].map(([path, b]) => loadLayoutFile(path, b, ctx, diagnostics));
  dedupePerDirectory(diagnostics);
  const merged = mergeContributions(contributions, diagnostics);
  const files = new Map(contributions.flatMap((c) => (c.source ? [[c.path, c.source] as const] : [])));
  locateDiagnostics(diagnostics.items, files);
  return { registry: merged.registry, model: built.model, modelsource: built.resolved, historyResources: merged.historyResources, diagnostics, files, contributions };
}

interface FoundModel {
  source?: ModelSource;
  file?: string;
  pointer: string;
}

/** The model source to build: the option, else `model.*`, else a `modelsource` in `registry.*` or an `.xreg` document. */
function findModelSource(bytes: ReadonlyMap<string, Uint8Array>, options: LoadLayoutOptions): FoundModel {
  if (options.modelsource) return { source: options.modelsource as ModelSource, pointer: '' };
  const paths = [...bytes.keys()].sort();
  const scratch = new Diagnostics();
  const parse = (path: string): unknown => SourceFile.parse(path, new TextDecoder().decode(bytes.get(path)!), scratch).value;
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  const model = paths.find((p) => /^model\.(yaml|yml|json)$/i.test(p));
  if (model) {
    const value = parse(model);
    return isObject(value) ? { source: value as ModelSource, file: model, pointer: '' } : { file: model, pointer: '' };
  }
  for (const path of paths.filter((p) => /^registry\.(yaml|yml|json)$/i.test(p) || isXregDocumentName(p.slice(p.lastIndexOf('/') + 1)))) {
    const value = parse(path);
    if (isObject(value) && isObject(value['modelsource'])) return { source: value['modelsource'] as ModelSource, file: path, pointer: '/modelsource' };
  }
  return { pointer: '' };
}

function dedupePerDirectory(diagnostics: LayoutDiagnostics): void {
  const seen = new Set<string>();
  const kept = diagnostics.items.filter((d) => {
    const depth = PER_DIRECTORY[d.code];
    if (depth === undefined || d.location.file === undefined) return true;
    const segs = d.location.file.split('/');
    if (segs.length <= depth) return true;
    const key = `${d.code}\0${segs.slice(0, depth).join('/')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  diagnostics.items.splice(0, diagnostics.items.length, ...kept);
}
