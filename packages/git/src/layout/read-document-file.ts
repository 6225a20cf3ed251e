import type { VersionNode } from '@xrgit/core';
import type { PathEntity } from './classify-path.js';
import { DOCUMENT_EXTENSIONS } from './document-extensions.js';
import { HISTORY_VERSION_ID, resourceXid, treeNodes, type FileContribution, type LayoutDiagnostics } from './file-contribution.js';
import { inferContentType, jsonDocumentFacts, protoFacts, xmlFacts, type DocumentFacts } from './infer-format.js';
import type { LayoutContext } from './layout-context.js';
import { decodeText, parseSource } from './read-text.js';

/**
 * Reads a document file (`<rid>.<ext>`, `<rid>/<singular>.<ext>`, `versions/<vid>.<ext>`) into
 * `c`: a Version with the file's exact bytes and the `format`/`contenttype` it infers, marked as
 * inferred so that written values win at merge time. A `<rid>` document without `versions/`
 * is history-derived: its Version has the placeholder id {@link HISTORY_VERSION_ID}.
 */
export function readDocumentFile(c: FileContribution, e: PathEntity, bytes: Uint8Array, ctx: LayoutContext, diagnostics: LayoutDiagnostics): void {
  const ext = e.ext!;
  const facts = documentFacts(c, ext, bytes, diagnostics);
  const history = e.vid === undefined;
  const vid = e.vid ?? HISTORY_VERSION_ID;
  const { resource } = treeNodes(c.tree, e);
  const ref = { file: c.path, pointer: '' };
  resource!.source = ref;
  const attributes: Record<string, unknown> = {};
  const inferred: string[] = [];
  const infersFormat = ctx.infersFormat(e.groups, e.resources!);
  if (infersFormat && facts.unreadable !== true) {
    const format = facts.declared ?? (facts.unrecognized === undefined ? facts.fallback : undefined);
    if (format !== undefined) {
      attributes['format'] = format;
      inferred.push('format');
    }
  }
  attributes['contenttype'] = inferContentType(ext, attributes['format'] as string | undefined);
  inferred.push('contenttype');
  const version: VersionNode = { id: vid, attributes, document: bytes, documentSource: ref, source: ref };
  resource!.versions.set(vid, version);
  if (history) c.historyResources.push(resourceXid(e));
  c.documents.push({ xid: `${resourceXid(e)}/versions/${vid}`, facts, infersFormat, inferred });
}

function documentFacts(c: FileContribution, ext: string, bytes: Uint8Array, diagnostics: LayoutDiagnostics): DocumentFacts {
  const syntax = DOCUMENT_EXTENSIONS[ext];
  if (syntax === 'json' || syntax === 'yaml') {
    const source = parseSource(c.path, bytes, diagnostics);
    if (source) c.source = source;
    if (!source || source.value === undefined) return { ext, unreadable: true };
    return jsonDocumentFacts(ext, source.value);
  }
  const text = decodeText(c.path, bytes, diagnostics);
  if (text === undefined) return { ext, unreadable: true };
  if (ext === 'proto') return protoFacts(text);
  if (syntax === 'xml') {
    const facts = xmlFacts(ext, text);
    if (typeof facts !== 'string') return facts;
    diagnostics.report('layout/parse-error', { file: c.path, syntax: 'XML', detail: facts }, { file: c.path });
    return { ext, unreadable: true };
  }
  return { ext };
}
