import { Diagnostics, renderMessage, SourceFile } from '@xrgit/core';
import type { FormatFinding } from './format-module.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The result of reading a document: its value, or the findings that explain why it cannot be read. */
export type Decoded<T> = { ok: true; value: T } | { ok: false; findings: FormatFinding[] };

/** Decodes UTF-8 text (a leading BOM is dropped); invalid UTF-8 is a `format/invalid-document` finding. */
export function decodeText(doc: Uint8Array): Decoded<string> {
  try {
    const text = decoder.decode(doc);
    return { ok: true, value: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return invalid('the bytes are not valid UTF-8 text');
  }
}

/**
 * Parses a JSON document — or a YAML one, since the layout lets people write JSON-based schemas
 * in YAML (docs/layout.md §8): text that does not start like JSON is read as YAML 1.2 with core's
 * limits (duplicate keys, alias bombs, depth). A syntax error becomes `format/invalid-document`
 * with its line and column when known.
 */
export function decodeJson(doc: Uint8Array): Decoded<unknown> {
  const text = decodeText(doc);
  if (!text.ok) return text;
  if (text.value.trim() === '') return invalid('the document is empty');
  const first = text.value.trimStart()[0];
  if (first !== '{' && first !== '[' && first !== '"') return decodeYaml(text.value);
  try {
    return { ok: true, value: JSON.parse(text.value) as unknown };
  } catch (e) {
    const detail = (e as Error).message;
    const at = /position (\d+)/.exec(detail);
    const finding = invalid(`it is not valid JSON (${detail})`).findings[0]!;
    if (at) Object.assign(finding, lineColumn(text.value, Number(at[1])));
    return { ok: false, findings: [finding] };
  }
}

/** A `format/invalid-document` finding with `detail`. */
export function invalid(detail: string): { ok: false; findings: FormatFinding[] } {
  return { ok: false, findings: [{ code: 'format/invalid-document', severity: 'error', args: { detail } }] };
}

/** 1-based line and column of a UTF-16 offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** Is `value` a plain JSON object (not an array, not null)? */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decodeYaml(text: string): Decoded<unknown> {
  const d = new Diagnostics();
  const file = SourceFile.parse('document.yaml', text, d);
  if (file.value !== undefined) return { ok: true, value: file.value };
  const first = d.items[0];
  const finding = invalid(`it is neither JSON nor valid YAML (${first ? renderMessage(first) : 'unreadable'})`).findings[0]!;
  if (first?.location.line !== undefined) Object.assign(finding, { line: first.location.line, column: first.location.column ?? 1 });
  return { ok: false, findings: [finding] };
}
