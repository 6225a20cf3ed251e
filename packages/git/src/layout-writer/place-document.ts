import { canonicalFormatName, Diagnostics, SourceFile, type Attributes } from '@xrgit/core';
import { inferContentType, jsonDocumentFacts, protoFacts, xmlFacts, type DocumentFacts } from '../layout/infer-format.js';

/** What the loader will know about the Resource a document belongs to (docs/layout.md §8.2). */
export interface PlacementContext {
  /** Whether the loader infers `format` for this Resource type. */
  infersFormat: boolean;
  /** The Group's `format`, or its `constraints` default for this Resource type (rules 3 and 4). */
  groupFormat?: string;
}

/**
 * How a Version's document is written: as a file `<vid>.<ext>` with the attributes the loader
 * would not infer identically (`written`), or, when no file would read back the same, inline in
 * the Version's sidecar (`reason` says why).
 */
export type DocumentPlacement = { kind: 'file'; ext: string; omit: string[] } | { kind: 'inline'; reason: string };

const mediaType = (ct: unknown): string => (typeof ct === 'string' ? ct.split(';')[0]!.trim().toLowerCase() : '');
const lower = (f: unknown): string => (typeof f === 'string' ? f.toLowerCase() : '');
const comparable = (f: string): string => (canonicalFormatName(f) ?? f).toLowerCase();

/** The extension a document is written with, from its content type, then its format. */
function extensionFor(attrs: Attributes, text: string): string {
  const ct = mediaType(attrs['contenttype']);
  const format = lower(attrs['format']);
  const isAvro = format.startsWith('avro/');
  if (ct === 'application/json' || ct === 'text/json' || ct.endsWith('+json')) return isAvro ? 'avsc' : 'json';
  if (/^(application|text)\/(x-)?yaml$/.test(ct) || ct.endsWith('+yaml')) return 'yaml';
  if (ct === 'application/xml' || ct === 'text/xml' || ct.endsWith('+xml')) return format.startsWith('xsd/') || /<([\w-]+:)?schema[\s>]/.test(text) ? 'xsd' : 'xml';
  if (ct === '' && isAvro) return 'avsc';
  if (ct === '' && /^(jsonschema|jsonstructure)\//.test(format)) return 'json';
  if (ct === '' && format.startsWith('xsd/')) return 'xsd';
  if (format.startsWith('protobuf/') || ct.includes('protobuf')) return 'proto';
  return 'txt';
}

/** What the loader's inference (docs/layout.md §8.2) learns from `text` as a `.<ext>` file, or why it cannot read it. */
function factsOf(ext: string, text: string): DocumentFacts | string {
  if (ext === 'json' || ext === 'avsc' || ext === 'yaml') {
    const d = new Diagnostics();
    const source = SourceFile.parse(`document.${ext}`, text, d);
    if (source.value === undefined || d.items.some((i) => i.severity === 'error')) return `it is not well-formed ${ext === 'yaml' ? 'YAML' : 'JSON'}`;
    return jsonDocumentFacts(ext, source.value);
  }
  if (ext === 'xsd' || ext === 'xml') {
    const facts = xmlFacts(ext, text);
    return typeof facts === 'string' ? `it is not well-formed XML (${facts})` : facts;
  }
  return ext === 'proto' ? protoFacts(text) : { ext };
}

/**
 * Chooses how the document `bytes` of a Version with attributes `attrs` is written so that the
 * loader reads back the same bytes, `format` and `contenttype`. `omit` lists the attributes the
 * loader infers identically from the file, which the sidecar therefore leaves out.
 */
export function placeDocument(bytes: Uint8Array, attrs: Attributes, ctx: PlacementContext): DocumentPlacement {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'inline', reason: 'it is not UTF-8 text, and every document file of the layout is text' };
  }
  let ext = extensionFor(attrs, text);
  let facts = factsOf(ext, text);
  if (typeof facts === 'string') {
    ext = 'txt';
    facts = { ext };
  }
  const written = typeof attrs['format'] === 'string' ? attrs['format'] : undefined;
  const omit: string[] = [];
  let format = written;
  if (ctx.infersFormat) {
    const inferred = facts.declared ?? (facts.unrecognized === undefined ? (ctx.groupFormat ?? facts.fallback) : undefined);
    if (written !== undefined && facts.declared !== undefined && comparable(written) !== comparable(facts.declared)) {
      return { kind: 'inline', reason: `its "format" ${written} differs from the ${facts.declared} it declares, which a .${ext} file cannot keep` };
    }
    if (attrs['format'] === undefined && inferred === undefined) return { kind: 'inline', reason: `it has no "format" and a .${ext} file declares none` };
    if (written !== undefined && written === inferred) omit.push('format');
    format ??= inferred;
  }
  if (attrs['contenttype'] !== undefined && attrs['contenttype'] === inferContentType(ext, format)) omit.push('contenttype');
  return { kind: 'file', ext, omit };
}
