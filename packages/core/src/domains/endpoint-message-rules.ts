import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { GroupNode, RegistryNode } from '../entities/registry-node.js';
import type { Model } from '../model/model-types.js';
import { endpointEntries, type EndpointEntry } from './endpoint-entries.js';
import { entityLocation } from './entity-location.js';
import { protocolKey } from './envelope-protocol-names.js';
import { mergeMessageAttributes } from './merge-message-attributes.js';
import { hostsMessages, messageEntries, messageId, type MessageEntry } from './message-entries.js';

/**
 * endpoint/spec.md §envelope: a Resource's envelope "MUST have a `<VERSION>` value that is at
 * least as precise as its Group, and MUST NOT expand it". Decision (Appendix A.7): endpoints use
 * this narrowing rule, message groups equality (message/envelope-mismatch).
 */
export function narrowsEnvelope(found: string, expected: string): boolean {
  const [fName, fVersion] = found.toLowerCase().split('/');
  const [eName, eVersion] = expected.toLowerCase().split('/');
  return fName === eName && (eVersion === undefined || fVersion === eVersion);
}

/** A referenced message group with the index of its `messagegroups` entry. */
interface Referenced {
  index: number;
  group: GroupNode;
}

/**
 * Rules on the messages of an endpoint, inline and referenced through `messagegroups`
 * (endpoint/spec.md §envelope, §protocol, §messages, §messagegroups).
 */
export function checkEndpointMessages(registry: RegistryNode, model: Model, diagnostics: Diagnostics): void {
  const messages = messageEntries(registry, model);
  for (const entry of endpointEntries(registry, model)) {
    const referenced = referencedGroups(registry, model, entry, diagnostics);
    const inline = messages.filter((m) => m.groupPlural === 'endpoints' && m.group === entry.group);
    checkInline(registry, entry, inline, diagnostics);
    checkReferenced(entry, referenced, messages, diagnostics);
    checkDuplicateIds(entry, inline, referenced, messages, diagnostics);
  }
}

function referencedGroups(registry: RegistryNode, model: Model, entry: EndpointEntry, diagnostics: Diagnostics): Referenced[] {
  const list = entry.group.attributes['messagegroups'];
  if (!Array.isArray(list) || !hostsMessages(model, 'messagegroups')) return [];
  const out: Referenced[] = [];
  list.forEach((value, index) => {
    if (typeof value !== 'string' || !value.startsWith('/')) return;
    const parts = value.slice(1).split('/');
    const group = parts.length === 2 && parts[0] === 'messagegroups' ? registry.groups.get('messagegroups')?.get(parts[1]!) : undefined;
    if (!group) {
      diagnostics.report('reference/messagegroup-unresolved', { endpoint: entry.group.id, xid: value }, entityLocation(entry.xid, entry.group.source, ['messagegroups', index]));
      return;
    }
    if (!out.some((r) => r.group === group)) out.push({ index, group });
  });
  return out;
}

function checkInline(registry: RegistryNode, entry: EndpointEntry, inline: MessageEntry[], diagnostics: Diagnostics): void {
  const envelope = entry.group.attributes['envelope'];
  const protocol = entry.group.attributes['protocol'];
  for (const m of inline) {
    const merged = mergeMessageAttributes(registry, m);
    const at = (name: string) => entityLocation(m.xid, m.version.source, m.version.attributes[name] === undefined ? [] : [name]);
    if (typeof envelope === 'string' && typeof merged['envelope'] === 'string' && !narrowsEnvelope(merged['envelope'], envelope)) {
      diagnostics.report('endpoint/message-envelope', { message: m.resource.id, endpoint: entry.group.id, found: `"${merged['envelope']}"`, expected: envelope }, at('envelope'));
    }
    if (typeof protocol === 'string' && typeof merged['protocol'] === 'string' && protocolKey(merged['protocol']) !== protocolKey(protocol)) {
      diagnostics.report('endpoint/message-protocol', { subject: `Message "${m.resource.id}"`, found: `"${merged['protocol']}"`, endpoint: entry.group.id, expected: protocol }, at('protocol'));
    }
  }
}

function checkReferenced(entry: EndpointEntry, referenced: Referenced[], messages: MessageEntry[], diagnostics: Diagnostics): void {
  const envelope = entry.group.attributes['envelope'];
  const protocol = entry.group.attributes['protocol'];
  for (const { index, group } of referenced) {
    const at = entityLocation(entry.xid, entry.group.source, ['messagegroups', index]);
    const gEnvelope = group.attributes['envelope'];
    if (typeof envelope === 'string' && typeof gEnvelope === 'string' && !narrowsEnvelope(gEnvelope, envelope)) {
      diagnostics.report('endpoint/referenced-envelope', { group: `/messagegroups/${group.id}`, endpoint: entry.group.id, found: `"${gEnvelope}"`, expected: envelope }, at);
    }
    if (typeof protocol !== 'string') continue;
    const subjects: Array<[string, unknown]> = [[`Message group /messagegroups/${group.id}`, group.attributes['protocol']]];
    for (const m of messages) if (m.group === group && m.groupPlural === 'messagegroups') subjects.push([`Message ${m.xid}`, m.version.attributes['protocol']]);
    for (const [subject, value] of subjects) {
      if (typeof value === 'string' && protocolKey(value) !== protocolKey(protocol)) {
        diagnostics.report('endpoint/message-protocol', { subject, found: `"${value}"`, endpoint: entry.group.id, expected: protocol }, at);
      }
    }
  }
}

function checkDuplicateIds(entry: EndpointEntry, inline: MessageEntry[], referenced: Referenced[], messages: MessageEntry[], diagnostics: Diagnostics): void {
  const seen = new Map<string, string>();
  const all = [...inline, ...referenced.flatMap((r) => messages.filter((m) => m.groupPlural === 'messagegroups' && m.group === r.group))];
  for (const m of all) {
    const id = messageId(m);
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, m.xid);
      continue;
    }
    if (first === m.xid) continue;
    const at = m.groupPlural === 'endpoints' ? entityLocation(m.xid, m.version.source) : entityLocation(entry.xid, entry.group.source, ['messagegroups']);
    diagnostics.report('endpoint/messageid-duplicate', { id, a: first, b: m.xid, endpoint: entry.group.id }, at);
  }
}
