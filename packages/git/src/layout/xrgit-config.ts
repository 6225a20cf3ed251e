import { stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { readFile } from 'node:fs/promises';
import { Diagnostics, SourceFile, didYouMean, locateDiagnostics } from '@xrgit/core';
import type { LayoutDiagnostics } from './file-contribution.js';

/** The settings of `xrgit.yaml` (docs/layout.md §2). */
export interface XrgitConfig {
  /** The registry directory relative to the repository root, `/` separators, `.` for the root. */
  registry: string;
}

/** The registry directory when `xrgit.yaml` says nothing. */
export const DEFAULT_REGISTRY_DIR = 'registry';

/**
 * Reads the text of `xrgit.yaml` / `xrgit.json`. Unknown keys are `config/unknown-key`; a
 * `registry` that is not a relative path inside the repository is `config/invalid-value` and
 * the default is used instead. Problems are located in `file`.
 */
export function readXrgitConfig(text: string, file: string, diagnostics: LayoutDiagnostics): XrgitConfig {
  const local = new Diagnostics();
  const source = SourceFile.parse(file, text, local);
  diagnostics.merge(local);
  const config: XrgitConfig = { registry: DEFAULT_REGISTRY_DIR };
  const value = source.value ?? {};
  const start = diagnostics.items.length;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    if (source.value !== null && source.value !== undefined) diagnostics.report('source/not-an-object', { found: typeof value, example: 'registry: registry' }, { file, pointer: '' });
    return config;
  }
  for (const [key, v] of Object.entries(value)) {
    if (key === '$schema') continue;
    if (key !== 'registry') {
      diagnostics.report('config/unknown-key', { file, key, suggestion: didYouMean(key, ['registry']) }, { file, pointer: `/${key}` });
      continue;
    }
    const problem = checkRegistryPath(v);
    if (problem) diagnostics.report('config/invalid-value', { file, key, detail: problem }, { file, pointer: '/registry' });
    else config.registry = posix.normalize(String(v)).replace(/\/$/, '') || '.';
  }
  locateDiagnostics(diagnostics.items.slice(start), new Map([[file, source]]));
  return config;
}

function checkRegistryPath(v: unknown): string | undefined {
  if (typeof v !== 'string' || v.trim() === '') return 'must be a non-empty string';
  if (v.startsWith('/') || /^[A-Za-z]:[\\/]/.test(v) || v.includes('\\')) return `is "${v}", which is not a relative path with / separators`;
  const normal = posix.normalize(v);
  if (normal === '..' || normal.startsWith('../')) return `is "${v}", which leads outside the repository`;
  return undefined;
}

/**
 * The registry directory of the repository at `repoRoot`: from `xrgit.yaml` or `xrgit.json`
 * when present, else `registry`. Reports `config/registry-not-found` when that directory does
 * not exist. Returns the directory relative to `repoRoot`.
 */
export async function findRegistryDir(repoRoot: string, diagnostics: LayoutDiagnostics): Promise<string> {
  let config: XrgitConfig = { registry: DEFAULT_REGISTRY_DIR };
  for (const name of ['xrgit.yaml', 'xrgit.yml', 'xrgit.json']) {
    const text = await readFile(join(repoRoot, name), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    config = readXrgitConfig(text, name, diagnostics);
    break;
  }
  const isDir = await stat(join(repoRoot, config.registry)).then((s) => s.isDirectory(), () => false);
  if (!isDir) diagnostics.report('config/registry-not-found', { dir: config.registry }, {});
  return config.registry;
}
