import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Attributes, GroupNode, RegistryNode, SourceRef } from '../entities/registry-node.js';
import type { Model } from '../model/model-types.js';
import { entityLocation } from './entity-location.js';
import { CLOUDEVENTS_ENVELOPE, isEnvelopeName, isOptionalVersionName, protocolAliasOf, protocolKey, sameEnvelope } from './envelope-protocol-names.js';
import { mergeMessageAttributes } from './merge-message-attributes.js';
import { hostsMessages, messageEntries, type MessageEntry } from './message-entries.js';

/**
 * Envelope and protocol rules of message groups and messages (message/spec.md §envelope,
 * §protocol, §envelopemetadata, §protocoloptions): syntax, aliases, equality with the message
 * group, and the attributes the prose makes REQUIRED with them. Inherited values count
 * (`basemessageuri` is merged first).
 */
export function checkMessageEnvelopes(registry: RegistryNode, model: Model, diagnostics: Diagnostics): void {
  if (hostsMessages(model, 'messagegroups')) {
    for (const group of registry.groups.get('messagegroups')?.values() ?? []) {
      checkNames(group.attributes, `/messagegroups/${group.id}`, group.source, diagnostics);
    }
  }
  for (const entry of messageEntries(registry, model)) {
    checkNames(entry.version.attributes, entry.xid, entry.version.source, diagnostics);
    const merged = mergeMessageAttributes(registry, entry);
    if (entry.groupPlural === 'messagegroups') checkAgainstGroup(entry, merged, entry.group, diagnostics);
    checkRequiredCompanions(entry, merged, diagnostics);
  }
}

function checkNames(attrs: Attributes, xid: string, source: SourceRef | undefined, diagnostics: Diagnostics): void {
  const envelope = attrs['envelope'];
  if (typeof envelope === 'string') {
    if (!isEnvelopeName(envelope)) diagnostics.report('message/envelope-syntax', { value: envelope }, entityLocation(xid, source, ['envelope']));
    else if (!sameEnvelope(envelope, CLOUDEVENTS_ENVELOPE)) diagnostics.report('message/undefined-envelope', { value: envelope }, entityLocation(xid, source, ['envelope']));
  }
  const protocol = attrs['protocol'];
  if (typeof protocol === 'string') {
    const canonical = protocolAliasOf(protocol);
    if (!isOptionalVersionName(protocol)) diagnostics.report('message/protocol-syntax', { value: protocol }, entityLocation(xid, source, ['protocol']));
    else if (canonical) diagnostics.report('message/protocol-alias', { value: protocol, canonical }, entityLocation(xid, source, ['protocol']));
  }
}

function checkAgainstGroup(entry: MessageEntry, merged: Attributes, group: GroupNode, diagnostics: Diagnostics): void {
  const message = entry.resource.id;
  const own = (name: string): string[] => (entry.version.attributes[name] === undefined ? [] : [name]);
  const expectedEnvelope = group.attributes['envelope'];
  const envelope = merged['envelope'];
  if (typeof expectedEnvelope === 'string' && (typeof envelope !== 'string' || !sameEnvelope(envelope, expectedEnvelope))) {
    const found = typeof envelope === 'string' ? `"${envelope}"` : 'none';
    diagnostics.report('message/envelope-mismatch', { message, found, group: group.id, expected: expectedEnvelope }, entityLocation(entry.xid, entry.version.source, own('envelope')));
  }
  const expectedProtocol = group.attributes['protocol'];
  const protocol = merged['protocol'];
  if (typeof expectedProtocol === 'string' && (typeof protocol !== 'string' || protocolKey(protocol) !== protocolKey(expectedProtocol))) {
    const found = typeof protocol === 'string' ? `"${protocol}"` : 'none';
    diagnostics.report('message/protocol-mismatch', { message, found, group: group.id, expected: expectedProtocol }, entityLocation(entry.xid, entry.version.source, own('protocol')));
  }
}

/**
 * `envelopemetadata` is REQUIRED with `envelope` and `protocoloptions` with `protocol`.
 * Decision: `envelopemetadata` is required only for CloudEvents/1.0, the one envelope with
 * definitions (message/spec.md §Metadata Envelopes); for any other envelope the model has no
 * `envelopemetadata` attribute, so requiring it would demand an unknown attribute.
 */
function checkRequiredCompanions(entry: MessageEntry, merged: Attributes, diagnostics: Diagnostics): void {
  const message = entry.resource.id;
  const envelope = merged['envelope'];
  if (typeof envelope === 'string' && sameEnvelope(envelope, CLOUDEVENTS_ENVELOPE) && merged['envelopemetadata'] === undefined) {
    diagnostics.report('message/envelopemetadata-missing', { message, envelope }, entityLocation(entry.xid, entry.version.source));
  }
  const protocol = merged['protocol'];
  if (typeof protocol === 'string' && merged['protocoloptions'] === undefined) {
    diagnostics.report('message/protocoloptions-missing', { message, protocol }, entityLocation(entry.xid, entry.version.source));
  }
}
