import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildRegistryModel, Diagnostics, locateDiagnostics, registryFromDocument, SourceFile, validateRegistry, type ModelProblem, type ModelSource } from '@xrgit/core';
import { fileIncludeLoader } from '../model/file-include-loader.js';
import { UsageError } from '../usage-error.js';

/** Options of `xrgit validate FILE`. */
export interface ValidateDocumentOptions {
  /** A modelsource file to use instead of the document's own `modelsource` or the default model. */
  model?: string;
}

/**
 * The file as UTF-8 text, or undefined (reported as `source/invalid-utf8`) when its bytes are not
 * UTF-8: a lenient decode would turn them into U+FFFD and validate the damaged text. A UTF-16 file
 * (its byte order mark FF FE or FE FF is not UTF-8) is reported the same way.
 */
function readText(path: string, what: string, d: Diagnostics): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    d.report('source/invalid-utf8', {}, { file: path });
    return undefined;
  }
}

/**
 * Validates one xRegistry document (`*.xreg.json`, `*.xreg.yaml`, an `/export` body) against
 * its model: `--model FILE`, else the document's own `modelsource`, else the CloudEvents model.
 */
export function validateDocument(path: string, options: ValidateDocumentOptions): Diagnostics {
  const d = new Diagnostics();
  const files = new Map<string, SourceFile>();
  const text = readText(path, 'document', d);
  if (text === undefined) return d;
  const doc = SourceFile.parse(path, text, d);
  files.set(path, doc);
  if (doc.value === undefined) return d;
  let source: ModelSource | undefined;
  let modelFile: string | undefined;
  if (options.model) {
    const modelText = readText(options.model, 'model', d);
    if (modelText === undefined) return d;
    const mf = SourceFile.parse(options.model, modelText, d);
    files.set(options.model, mf);
    if (mf.value === undefined) return d;
    source = mf.value as ModelSource;
    modelFile = options.model;
  } else if (isObject(doc.value) && isObject(doc.value['modelsource'])) {
    source = doc.value['modelsource'];
    modelFile = path;
  }
  const built = buildRegistryModel(source, fileIncludeLoader(dirname(modelFile ?? path)), modelFile);
  reportModelProblems(built.problems, d, modelFile, modelFile === path ? '/modelsource' : '');
  const registry = registryFromDocument(doc.value, { model: built.model, diagnostics: d, file: path });
  validateRegistry(registry, built.model, d);
  locateDiagnostics(d.items, files);
  return d;
}

function reportModelProblems(problems: readonly ModelProblem[], d: Diagnostics, file: string | undefined, prefix: string): void {
  for (const p of problems) d.report(p.code, p.args, file ? { file, pointer: prefix + p.pointer } : { pointer: p.pointer });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
