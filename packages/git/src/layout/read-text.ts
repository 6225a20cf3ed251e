import { Diagnostics, SourceFile } from '@xrgit/core';
import type { LayoutDiagnostics } from './file-contribution.js';

/** `bytes` as UTF-8 text, or undefined (reported as `source/invalid-utf8`) when they are not. */
export function decodeText(path: string, bytes: Uint8Array, diagnostics: LayoutDiagnostics): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    diagnostics.report('source/invalid-utf8', {}, { file: path });
    return undefined;
  }
}

/** Parses a JSON or YAML file; `value` is undefined when it is not well formed. */
export function parseSource(path: string, bytes: Uint8Array, diagnostics: LayoutDiagnostics): SourceFile | undefined {
  const text = decodeText(path, bytes, diagnostics);
  if (text === undefined) return undefined;
  // core's SourceFile reports core's rules only; forward them into the layout's collector.
  const local = new Diagnostics();
  const source = SourceFile.parse(path, text, local);
  diagnostics.merge(local);
  return source;
}

/**
 * The top-level mapping of an attribute file, copied so that it can be edited, without `$schema`:
 * an empty file is an empty mapping; anything else that is not a mapping is `source/not-an-object`.
 */
export function attributeObject(source: SourceFile | undefined, diagnostics: LayoutDiagnostics): Record<string, unknown> | undefined {
  if (!source || source.value === undefined) return undefined;
  const value = source.value;
  if (value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    diagnostics.report('source/not-an-object', { found: Array.isArray(value) ? 'an array' : typeof value, example: 'description: ...' }, { file: source.file, pointer: '' });
    return undefined;
  }
  const copy = structuredClone(value) as Record<string, unknown>;
  delete copy['$schema'];
  return copy;
}

