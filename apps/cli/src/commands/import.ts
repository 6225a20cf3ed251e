import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { builtinModelName, buildRegistryModel, Diagnostics, registryFromDocument, SourceFile, type Model, type ModelSource, type RegistryNode } from '@xrgit/core';
import { filesSnapshot, layoutDifferences, layoutFiles, LayoutWriteError, loadLayout, withoutComputed, writeLayout, type ImportCode } from '@xrgit/git';
import { fileIncludeLoader } from '../model/file-include-loader.js';
import { renderJson } from '../report/render-json.js';
import { renderText } from '../report/render-text.js';
import { UsageError } from '../usage-error.js';
import { validateDocument } from './validate-document.js';

/** Options of {@link runImport}. */
export interface ImportOptions {
  into: string;
  model?: string;
  format: 'text' | 'json';
}

/** The document to import as a local file, and how to name it to the user. */
export interface Source {
  path: string;
  display: string;
  cleanup: () => void;
}

interface Converted {
  registry: RegistryNode;
  model: Model;
  /** The model source to write as model.yaml, with relative includes resolved. */
  modelsource?: Record<string, unknown>;
}

const FETCH_TIMEOUT_MS = 30_000;

/**
 * `xrgit import SOURCE --into DIR`: converts an xRegistry document (a file or an http(s) URL;
 * JSON or YAML; the spec's samples, an `/export` or `?doc&inline` body) into the definitions
 * layout in DIR. The document is validated first, and the files are read back and compared with
 * it before anything is written. Exit 0 when written, 1 when the document has errors or cannot be
 * written faithfully (nothing is written), 2 on usage or environment errors.
 */
export function registerImport(program: Command, out: (s: string) => void): void {
  program
    .command('import')
    .description('Convert an xRegistry document (file or http(s) URL, JSON or YAML) into a registry directory in the definitions layout.')
    .argument('<source>', 'xRegistry document: a file path or an http(s) URL')
    .requiredOption('--into <dir>', 'the registry directory to write (created if missing; must not already hold a registry)')
    .option('--model <file>', "the document's modelsource (default: the document's own modelsource, else the CloudEvents discovery model); written as model.yaml")
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (sourceArg: string, opts: ImportOptions) => {
      const source = await readSource(sourceArg);
      try {
        out(await runImport(source, opts));
      } finally {
        source.cleanup();
      }
    });
}

/**
 * Imports the document at `source.path` into `opts.into` (validated, round-trip checked, then
 * written) and returns the report; sets `process.exitCode`. Also used by `xrgit sync pull`.
 */
export async function runImport(source: Source, opts: ImportOptions): Promise<string> {
  const diagnostics = validateDocument(source.path, opts.model ? { model: opts.model } : {}) as unknown as Diagnostics<string>;
  let files = new Map<string, Uint8Array>();
  let converted: Converted | undefined;
  if (!hasErrors(diagnostics)) {
    converted = convert(source.path, opts.model);
    checkTarget(resolve(opts.into), opts.into, converted.model);
    files = layoutFiles(converted.registry, converted.model, { diagnostics: diagnostics as Diagnostics<ImportCode>, ...(converted.modelsource ? { modelsource: converted.modelsource } : {}) });
    if (!hasErrors(diagnostics)) await checkRoundTrip(files, converted, diagnostics, opts.into);
  }
  for (const d of diagnostics.items) if (d.location.file === source.path) d.location.file = source.display;
  const failed = hasErrors(diagnostics);
  process.exitCode = failed ? 1 : 0;
  if (!failed) write(files, resolve(opts.into));
  const counts = converted && !failed ? { into: opts.into, ...count(converted.registry), files: [...files.keys()] } : undefined;
  if (opts.format === 'json') return `${JSON.stringify({ ...JSON.parse(renderJson(diagnostics.items)), imported: counts ?? null }, null, 2)}\n`;
  return renderText(diagnostics.items) + (counts ? summary(source.display, counts) : 'Nothing was written.\n');
}

const hasErrors = (d: Diagnostics<string>): boolean => d.items.some((i) => i.severity === 'error');

/** A file as it is; a URL fetched into a temporary file (so that validation reads it like any file). */
async function readSource(arg: string): Promise<Source> {
  if (!/^https?:\/\//i.test(arg)) {
    if (!existsSync(arg) || !statSync(arg).isFile()) throw new UsageError(`no such file: ${arg}`);
    return { path: arg, display: arg, cleanup: () => undefined };
  }
  const { url, display, headers } = requestFor(arg);
  let body: string;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers });
    if (!response.ok) throw new UsageError(`GET ${display} returned ${response.status} ${response.statusText}; nothing was imported. Check the URL.`);
    body = await response.text();
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const reason = (e as Error).name === 'TimeoutError' ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s` : ((e as Error & { cause?: Error }).cause?.message ?? (e as Error).message);
    throw new UsageError(`cannot fetch ${display}: ${reason.split(url).join(display).split(arg).join(display)}. Check the URL and the network, or download the document and import the file.`);
  }
  const value = SourceFile.parse('document.json', body, new Diagnostics()).value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new UsageError(`${display} did not return an xRegistry document (a JSON or YAML object); nothing was imported.`);
  const dir = mkdtempSync(join(tmpdir(), 'xrgit-import-'));
  const path = join(dir, /^\s*[{[]/.test(body) ? 'document.xreg.json' : 'document.xreg.yaml');
  writeFileSync(path, body);
  return { path, display, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The request for `arg`: user name and password move from the URL into a Basic authorization
 * header (fetch refuses URLs with credentials); `display`, the only form ever printed, has no
 * credentials, query or fragment, which may carry tokens.
 */
function requestFor(arg: string): { url: string; display: string; headers: Record<string, string> } {
  let u: URL;
  try {
    u = new URL(arg);
  } catch {
    throw new UsageError('the source is not a valid URL; write it as https://host/path');
  }
  const headers: Record<string, string> = { accept: 'application/json, application/yaml;q=0.9, */*;q=0.1' };
  if (u.username !== '' || u.password !== '') {
    headers['authorization'] = `Basic ${Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64')}`;
    u.username = '';
    u.password = '';
  }
  return { url: u.href, display: `${u.protocol}//${u.host}${u.pathname}`, headers };
}

function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** The registry and model of a document that validated without errors. */
function convert(path: string, modelFile: string | undefined): Converted {
  const scratch = new Diagnostics();
  const doc = SourceFile.parse(path, readText(path), scratch).value as Record<string, unknown>;
  const source = (modelFile ? SourceFile.parse(modelFile, readText(modelFile), scratch).value : doc['modelsource']) as ModelSource | undefined;
  const base = modelFile ?? path;
  const built = buildRegistryModel(source, fileIncludeLoader(dirname(base)), base);
  const registry = registryFromDocument(doc, { model: built.model, diagnostics: scratch, file: path });
  // Includes relative to the document would not resolve from the registry directory: resolve them.
  const modelsource = source === undefined ? undefined : onlyBuiltinIncludes(source) ? (source as Record<string, unknown>) : built.resolved;
  return { registry, model: built.model, ...(modelsource ? { modelsource } : {}) };
}

function onlyBuiltinIncludes(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(onlyBuiltinIncludes);
  if (value === null || typeof value !== 'object') return true;
  return Object.entries(value).every(([k, v]) => {
    if (k === '$include' || k === '$includes') return [v].flat().every((ref) => typeof ref === 'string' && builtinModelName(ref.split('#')[0]!) !== undefined);
    return onlyBuiltinIncludes(v);
  });
}

/** DIR may be missing or empty, or hold other files, but not a registry (registry.yaml, model.yaml or a group type directory). */
function checkTarget(target: string, display: string, model: Model): void {
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) throw new UsageError(`${display} is not a directory; give a new or empty directory with --into`);
  const entries = readdirSync(target);
  const taken = entries.filter((e) => /^(registry|model)\.(yaml|yml|json)$/i.test(e) || Object.hasOwn(model.groups, e));
  if (taken.length > 0) throw new UsageError(`${display} already holds a registry (${taken.join(', ')}); nothing was imported. Import into a new or empty directory.`);
}

/** Reads the files back as a layout, as `xrgit validate DIR` will, and reports every difference. */
async function checkRoundTrip(files: ReadonlyMap<string, Uint8Array>, converted: Converted, diagnostics: Diagnostics<string>, into: string): Promise<void> {
  const loaded = await loadLayout(filesSnapshot(files));
  for (const d of loaded.diagnostics.items) {
    if (d.severity === 'info') continue;
    diagnostics.items.push({ ...d, location: { ...d.location, ...(d.location.file !== undefined ? { file: join(into, d.location.file) } : {}) } });
  }
  for (const diff of layoutDifferences(withoutComputed(converted.registry, converted.model), loaded.registry)) {
    diagnostics.report('import/round-trip-mismatch', { xid: diff.xid, detail: diff.detail }, { xid: diff.xid });
  }
}

function write(files: ReadonlyMap<string, Uint8Array>, target: string): void {
  try {
    writeLayout(files, target);
  } catch (e) {
    if (e instanceof LayoutWriteError) throw new UsageError(e.message);
    throw e;
  }
}

function count(registry: RegistryNode): { groups: number; resources: number; versions: number } {
  const groups = [...registry.groups.values()].flatMap((g) => [...g.values()]);
  const resources = groups.flatMap((g) => [...g.resources.values()].flatMap((r) => [...r.values()]));
  return { groups: groups.length, resources: resources.length, versions: resources.reduce((n, r) => n + r.versions.size, 0) };
}

function summary(display: string, c: { into: string; groups: number; resources: number; versions: number; files: string[] }): string {
  const n = (k: number, w: string): string => `${k} ${w}${k === 1 ? '' : 's'}`;
  return `Imported ${display} into ${c.into}: ${n(c.groups, 'group')}, ${n(c.resources, 'resource')}, ${n(c.versions, 'version')}, ${n(c.files.length, 'file')} written.\n${c.files.map((f) => `  ${f}\n`).join('')}`;
}
