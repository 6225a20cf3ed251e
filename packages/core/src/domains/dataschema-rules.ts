import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { RegistryNode } from '../entities/registry-node.js';
import type { Model } from '../model/model-types.js';
import { canonicalFormatName } from './check-format-names.js';
import { entityLocation } from './entity-location.js';
import { isFormatName } from './envelope-protocol-names.js';
import { mergeMessageAttributes } from './merge-message-attributes.js';
import { messageEntries, type MessageEntry } from './message-entries.js';
import { resolveXid } from './resolve-xid.js';
import { formatFamily, lookUpFragment, protobufNamesOf } from './schema-fragment-check.js';
import { readSchemaReference, type SchemaReference } from './schema-reference.js';

/** Format names compare case-insensitively and by their defined spelling (XMLSchema/1.1 ≡ XSD/1.1). */
function sameFormat(a: string, b: string): boolean {
  return (canonicalFormatName(a) ?? a).toLowerCase() === (canonicalFormatName(b) ?? b).toLowerCase();
}

/**
 * Payload schema rules of message/spec.md §dataschema, §dataschemauri, §dataschemaformat and
 * §dataschemaxid, with the schema spec's fragment rules (schema/spec.md §4.3). References are
 * resolved only when the model has schema groups; absolute URIs are never fetched.
 */
export function checkDataSchemas(registry: RegistryNode, model: Model, diagnostics: Diagnostics): void {
  const schemas = model.groups['schemagroups']?.resources['schemas'] !== undefined;
  for (const entry of messageEntries(registry, model)) {
    const own = entry.version.attributes;
    const merged = mergeMessageAttributes(registry, entry);
    const at = (attr?: string) => entityLocation(entry.xid, entry.version.source, attr ? [attr] : []);
    const message = entry.resource.id;
    if (own['dataschema'] !== undefined && typeof own['dataschemauri'] === 'string') diagnostics.report('message/dataschema-exclusive', { message }, at('dataschemauri'));
    const format = typeof merged['dataschemaformat'] === 'string' ? merged['dataschemaformat'] : undefined;
    if (typeof own['dataschemaformat'] === 'string' && !isFormatName(own['dataschemaformat'])) {
      diagnostics.report('message/dataschemaformat-syntax', { value: own['dataschemaformat'] }, at('dataschemaformat'));
    }
    if ((merged['dataschema'] !== undefined || typeof merged['dataschemauri'] === 'string') && merged['dataschemaformat'] === undefined) {
      diagnostics.report('message/dataschemaformat-missing', { message }, at());
    }
    if (!schemas) continue;
    if (typeof own['dataschemauri'] === 'string') checkSchemaUri(registry, entry, own['dataschemauri'], format, diagnostics);
    if (typeof own['dataschemaxid'] === 'string') checkSchemaXid(registry, entry, own['dataschemaxid'], own['dataschemauri'], diagnostics);
  }
}

function checkSchemaUri(registry: RegistryNode, entry: MessageEntry, value: string, format: string | undefined, diagnostics: Diagnostics): void {
  const ref = readSchemaReference(registry, value);
  const message = entry.resource.id;
  const at = entityLocation(entry.xid, entry.version.source, ['dataschemauri']);
  if (ref.legacy) diagnostics.report('reference/legacy-pointer', { value, xid: ref.xid ?? value.slice(1) }, at);
  if (ref.kind === 'external') return;
  if (!ref.target) {
    diagnostics.report('reference/dataschemauri-unresolved', { message, xid: ref.xid ?? value, hint: '' }, at);
    return;
  }
  if (ref.colonSuffix !== undefined) {
    diagnostics.report('reference/fragment-separator', { message, suffix: ref.colonSuffix, xid: ref.xid ?? '', fragment: ref.fragment ?? '' }, at);
  }
  const version = ref.target.version!;
  const targetFormat = typeof version.attributes['format'] === 'string' ? version.attributes['format'] : undefined;
  if (format !== undefined && targetFormat !== undefined && !sameFormat(format, targetFormat)) {
    diagnostics.report('reference/dataschemaformat-mismatch', { message, format, xid: ref.xid ?? '', targetFormat }, at);
  }
  const family = formatFamily(targetFormat) ?? formatFamily(format);
  checkFragment(entry, ref, family, diagnostics);
}

function checkFragment(entry: MessageEntry, ref: SchemaReference, family: string | undefined, diagnostics: Diagnostics): void {
  const message = entry.resource.id;
  const at = entityLocation(entry.xid, entry.version.source, ['dataschemauri']);
  const version = ref.target!.version!;
  if (ref.fragment === undefined || ref.fragment === '') {
    if (family === 'protobuf') {
      diagnostics.report('reference/dataschemauri-fragment-required', { message, example: protobufNamesOf(version)[0] ?? 'MessageName' }, at);
    }
    return;
  }
  const lookup = lookUpFragment(version, family, ref.fragment);
  if (lookup && !lookup.found) {
    diagnostics.report('reference/dataschemauri-fragment-unresolved', { message, fragment: ref.fragment, xid: ref.xid ?? '', names: lookup.names.join(', ') || '(none)' }, at);
  }
}

const SCHEMA_XID = /^\/schemagroups\/[^/]+\/schemas\/[^/]+(\/versions\/[^/]+)?$/;

function checkSchemaXid(registry: RegistryNode, entry: MessageEntry, xid: string, uri: unknown, diagnostics: Diagnostics): void {
  const message = entry.resource.id;
  const at = entityLocation(entry.xid, entry.version.source, ['dataschemaxid']);
  if (!SCHEMA_XID.test(xid)) {
    diagnostics.report('reference/dataschemaxid-target', { message, xid }, at);
    return;
  }
  if (!resolveXid(registry, xid)) {
    diagnostics.report('reference/dataschemaxid-unresolved', { message, xid }, at);
    return;
  }
  if (typeof uri !== 'string') return;
  // Without the export base URL here, the `self` URL of the target is read as its xid; an
  // absolute dataschemauri cannot be compared and is left alone.
  const ref = readSchemaReference(registry, uri);
  if (ref.kind === 'external' || ref.xid === xid) return;
  diagnostics.report('reference/dataschemaxid-uri-mismatch', { message, uri, xid, expected: xid }, entityLocation(entry.xid, entry.version.source, ['dataschemauri']));
}
