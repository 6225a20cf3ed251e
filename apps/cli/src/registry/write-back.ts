import { existsSync, readdirSync, readFileSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Diagnostics, renderMessage, type Model, type RegistryNode } from '@xrgit/core';
import { DEFAULT_REGISTRY_ID, layoutFiles, writeLayout, type ImportCode } from '@xrgit/git';

/** Files of a registry directory that writes never touch: the model and prose. */
const KEPT = (path: string): boolean => /^(model|xrgit)\.(ya?ml|json)$/i.test(path) || /\.md$/i.test(path);

/** The files the layout writer makes of `registry` (docs/layout.md §19), without the kept ones. @throws Error when the layout cannot hold it. */
export function canonicalFiles(registry: RegistryNode, model: Model): Map<string, Uint8Array> {
  const diagnostics = new Diagnostics<ImportCode>();
  // The loader fills in the default registryid when no file sets one; writing it would add registry.yaml.
  const attributes = { ...registry.attributes };
  if (attributes['registryid'] === DEFAULT_REGISTRY_ID) delete attributes['registryid'];
  const files = layoutFiles({ ...registry, attributes, modelsource: undefined }, model, { diagnostics });
  const error = diagnostics.items.find((d) => d.severity === 'error');
  if (error) throw new Error(renderMessage(error));
  return new Map([...files].filter(([p]) => !KEPT(p)));
}

/** The files under `dir` (relative, `/` separators), without the kept ones. */
function filesOnDisk(dir: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const rel = join(e.parentPath, e.name).slice(dir.length + 1).split('\\').join('/');
    if (!KEPT(rel)) out.set(rel, new Uint8Array(readFileSync(join(e.parentPath, e.name))));
  }
  return out;
}

const same = (a: Uint8Array | undefined, b: Uint8Array | undefined): boolean => a !== undefined && b !== undefined && Buffer.compare(a, b) === 0;

/**
 * The paths where `dir` differs from the layout the writer makes of `registry`: empty when the
 * directory is exactly what `xrgit import` would write, which `--writable` needs so that a write
 * can replace files without leaving another copy of an entity behind.
 */
export function layoutDrift(dir: string, registry: RegistryNode, model: Model): string[] {
  const want = canonicalFiles(registry, model);
  const have = filesOnDisk(dir);
  return [...new Set([...want.keys(), ...have.keys()])].filter((p) => !same(want.get(p), have.get(p))).sort();
}

/**
 * Writes the change from `before` to `after` into `dir` with the layout writer: new files through
 * writeLayout, changed ones replaced, removed ones deleted (and directories left empty removed).
 * Only files whose bytes differ are touched; git history is not (the changes stay uncommitted).
 */
export function writeBack(dir: string, before: RegistryNode, after: RegistryNode, model: Model): void {
  const old = canonicalFiles(before, model);
  const next = canonicalFiles(after, model);
  const added = new Map([...next].filter(([p]) => !old.has(p) && !existsSync(join(dir, p))));
  for (const [p, bytes] of next) if (!added.has(p) && !same(old.get(p), bytes)) writeFileSync(join(dir, p), bytes);
  writeLayout(added, dir);
  for (const p of old.keys()) {
    if (next.has(p) || !existsSync(join(dir, p))) continue;
    unlinkSync(join(dir, p));
    for (let d = dirname(join(dir, p)); d.length > dir.length && readdirSync(d).length === 0; d = dirname(d)) rmdirSync(d);
  }
}
