import { canonicalFormatName, type SourceRef } from '@xrgit/core';
import { inferContentType } from './infer-format.js';
import type { JoinedVersion } from './join-version-parts.js';
import type { MergeState, ResourceState } from './merge-state.js';

const comparable = (format: string): string => (canonicalFormatName(format) ?? format).toLowerCase();

/**
 * Finishes `format` and `contenttype` of a Version whose document is a file (docs/layout.md
 * §8.2, §8.3). Rules 1 (written) and 2 (declared) were settled per file; here the Group's
 * `format` (rule 3) and its `constraints` default (rule 4) take precedence over the extension
 * default (rule 5), and the content type follows the final format.
 */
export function finishInference(state: MergeState, rs: ResourceState, j: JoinedVersion): void {
  const { facts, infersFormat } = j.document!;
  const attrs = j.node.attributes;
  const docRef: SourceRef = j.node.documentSource ?? { file: '', pointer: '' };
  const entity = `${rs.xid}/versions/${j.node.id}`;
  if (infersFormat && facts.unreadable !== true) {
    const written = typeof attrs['format'] === 'string' && !j.inferred.has('format') ? attrs['format'] : undefined;
    if (written !== undefined) {
      if (facts.declared !== undefined && comparable(written) !== comparable(facts.declared)) {
        state.diagnostics.report('layout/format-mismatch', { entity, format: written, declared: facts.declared }, j.refs.get('format') ?? docRef);
      }
    } else setInferredFormat(state, rs, j, entity, docRef);
  }
  if (j.inferred.has('contenttype')) attrs['contenttype'] = inferContentType(facts.ext, typeof attrs['format'] === 'string' ? attrs['format'] : undefined);
}

function setInferredFormat(state: MergeState, rs: ResourceState, j: JoinedVersion, entity: string, docRef: SourceRef): void {
  const { facts } = j.document!;
  const attrs = j.node.attributes;
  delete attrs['format'];
  j.inferred.delete('format');
  const sidecar = docRef.file.replace(/\.[^./]+$/, '.details.yaml');
  let format: string | undefined;
  if (facts.declared !== undefined) {
    format = facts.declared;
    if (facts.undefinedFormat) state.diagnostics.report('layout/format-not-defined', { entity, format }, docRef);
  } else if (facts.unrecognized !== undefined) {
    state.diagnostics.report('layout/format-not-inferred', { entity, detail: facts.unrecognized, sidecar }, docRef);
  } else {
    format = groupFormat(rs);
    if (format === undefined && facts.fallback !== undefined) {
      format = facts.fallback;
      if (/^JsonSchema\//.test(format)) state.diagnostics.report('layout/format-defaulted', { entity, format }, docRef);
    }
    if (format === undefined) state.diagnostics.report('layout/format-not-inferred', { entity, detail: `a .${facts.ext} document declares no format and its extension has no default`, sidecar }, docRef);
  }
  if (format === undefined) return;
  attrs['format'] = format;
  j.inferred.add('format');
}

/** Rules 3 and 4: the Group's own `format`, else its `constraints: {<RESOURCES>.format: {default}}`. */
function groupFormat(rs: ResourceState): string | undefined {
  const own = rs.group.attributes['format'];
  if (typeof own === 'string') return own;
  const constraints = rs.group.attributes['constraints'];
  if (constraints === null || typeof constraints !== 'object') return undefined;
  const c = (constraints as Record<string, unknown>)[`${rs.resources}.format`];
  const dflt = c !== null && typeof c === 'object' ? (c as Record<string, unknown>)['default'] : undefined;
  return typeof dflt === 'string' ? dflt : undefined;
}
