import type { ResourceModel } from '../model/model-types.js';

export type InlineKind = 'json' | 'string' | 'binary';

/** The implicit typemap of core/model.md §typemap; the Resource type's own entries come first. */
const IMPLICIT: Record<string, InlineKind> = { 'application/json': 'json', '*/*+json': 'json', 'text/plain': 'string' };

function matches(pattern: string, type: string): boolean {
  if (!pattern.includes('*')) return pattern === type;
  const [pt, ps] = pattern.split('/') as [string, string];
  const [tt, ts] = type.split('/') as [string, string | undefined];
  if (ts === undefined) return false;
  const part = (p: string, v: string): boolean => {
    const star = p.indexOf('*');
    if (star < 0) return p === v;
    return v.startsWith(p.slice(0, star)) && v.endsWith(p.slice(star + 1)) && v.length >= p.length - 1;
  };
  return part(pt, tt) && part(ps, ts);
}

/**
 * How a document with `contenttype` is inlined as `<RESOURCE>` (core/model.md §typemap): only
 * type/subtype count, case-insensitively; the Resource type's typemap is consulted first, then
 * the implicit one; several matching entries that disagree mean binary; no contenttype means
 * binary.
 */
export function inlineKind(contenttype: unknown, model: Pick<ResourceModel, 'typemap'>): InlineKind {
  if (typeof contenttype !== 'string') return 'binary';
  const type = contenttype.split(';')[0]!.trim().toLowerCase();
  for (const table of [model.typemap ?? {}, IMPLICIT]) {
    const hits = new Set(Object.entries(table).filter(([p]) => matches(p.toLowerCase(), type)).map(([, k]) => k));
    if (hits.size === 1) return [...hits][0] as InlineKind;
    if (hits.size > 1) return 'binary';
  }
  return 'binary';
}

/**
 * The `<RESOURCE>` or `<RESOURCE>base64` attribute for a document: JSON documents that parse
 * inline as JSON values, strings as UTF-8 text (when valid UTF-8), everything else as base64
 * (also unparseable JSON, per core/model.md §typemap).
 */
export function inlineDocument(bytes: Uint8Array, contenttype: unknown, model: Pick<ResourceModel, 'typemap' | 'singular'>): [string, unknown] {
  const kind = inlineKind(contenttype, model);
  if (kind !== 'binary') {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return kind === 'json' ? [model.singular, JSON.parse(text)] : [model.singular, text];
    } catch {
      // falls through to base64
    }
  }
  return [`${model.singular}base64`, Buffer.from(bytes).toString('base64')];
}
