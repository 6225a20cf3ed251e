import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Attributes, RegistryNode } from '../entities/registry-node.js';
import type { Model } from '../model/model-types.js';
import { contentTypeOccurrences } from './content-type-occurrences.js';
import { entityLocation } from './entity-location.js';
import { CLOUDEVENTS_ENVELOPE, sameEnvelope } from './envelope-protocol-names.js';
import { isRecord } from './is-record.js';
import { normalizeMediaType } from './media-type.js';
import { mergeMessageAttributes } from './merge-message-attributes.js';
import { messageEntries, messageId, type MessageEntry } from './message-entries.js';

/** The `time` value that means "the time of sending" (message/spec.md §CloudEvents/1.0). */
const TIME_SENTINEL = '0000-01-01T00:00:00Z';

/**
 * CloudEvents attribute rules of message/spec.md §CloudEvents/1.0 and §Message Definition
 * Matching, plus the one-content-type rule of §datacontenttype (which applies to every message).
 */
export function checkCloudEventsAttributes(registry: RegistryNode, model: Model, diagnostics: Diagnostics): void {
  for (const entry of messageEntries(registry, model)) {
    const merged = mergeMessageAttributes(registry, entry);
    checkContentTypes(entry, merged, diagnostics);
    const envelope = merged['envelope'];
    const metadata = merged['envelopemetadata'];
    if (typeof envelope !== 'string' || !sameEnvelope(envelope, CLOUDEVENTS_ENVELOPE) || !isRecord(metadata)) continue;
    checkMetadata(entry, merged, metadata, diagnostics);
  }
}

function property(metadata: Record<string, unknown>, name: string): Record<string, unknown> | undefined {
  const p = metadata[name];
  return isRecord(p) ? p : undefined;
}

function checkMetadata(entry: MessageEntry, merged: Attributes, metadata: Record<string, unknown>, diagnostics: Diagnostics): void {
  const message = entry.resource.id;
  const at = (...path: string[]) => entityLocation(entry.xid, entry.version.source, ['envelopemetadata', ...path]);
  const id = property(metadata, 'id');
  if (id && id['value'] !== undefined && id['type'] !== 'uritemplate') diagnostics.report('message/ce-id-value', { message }, at('id', 'value'));
  const time = property(metadata, 'time');
  if (time && typeof time['value'] === 'string' && time['value'] !== TIME_SENTINEL) diagnostics.report('message/ce-time-value', { message, value: time['value'] }, at('time', 'value'));
  const dataschema = property(metadata, 'dataschema')?.['value'];
  const uri = merged['dataschemauri'];
  if (typeof dataschema === 'string') {
    if (typeof uri !== 'string') diagnostics.report('message/ce-dataschema-without-uri', { message }, at('dataschema', 'value'));
    else if (uri !== dataschema) diagnostics.report('message/ce-dataschema-mismatch', { message, value: dataschema, uri }, at('dataschema', 'value'));
  }
  const type = property(metadata, 'type')?.['value'];
  const mid = messageId(entry);
  if (typeof type === 'string' && !type.includes('{') && type !== mid) {
    diagnostics.report('message/messageid-not-ce-type', { id: mid, type }, at('type', 'value'));
  }
}

function checkContentTypes(entry: MessageEntry, merged: Attributes, diagnostics: Diagnostics): void {
  const [first, ...rest] = contentTypeOccurrences(merged);
  if (!first) return;
  const conflict = rest.find((o) => normalizeMediaType(o.value) !== normalizeMediaType(first.value));
  if (!conflict) return;
  diagnostics.report(
    'message/datacontenttype-mismatch',
    { message: entry.resource.id, a: first.value, whereA: first.path.join('.'), b: conflict.value, whereB: conflict.path.join('.') },
    entityLocation(entry.xid, entry.version.source, conflict.path),
  );
}
