import { createHash } from 'node:crypto';
import { ruleSpec, type DiagnosticArgs, type RegistryNode, type ResourceNode } from '@xrgit/core';
import type { CheckCode } from './check-catalogue.js';
import type { EntityLocator, Place } from './entity-locator.js';
import { fingerprintOf, type Finding } from './finding.js';
import type { Changelog, ChangelogEntry } from './registry-changelog.js';
import type { RegistryReferences } from './registry-references.js';
import { defaultAttributes, resourceXidOf } from './registry-walk.js';

/** What the contract rules read: both registries, the changelog, head references and locators. */
export interface ContractInput {
  base: RegistryNode;
  head: RegistryNode;
  changelog: Changelog;
  references: RegistryReferences;
  locateHead: EntityLocator;
}

/**
 * The contract rules of `xrgit check` (docs/ci.md §Rules): removals of referenced messages and
 * schemas, removed or rewritten published versions, and changes of what clients bind to (a
 * message's CloudEvents type and source, an endpoint's protocol and usage). One finding per
 * broken contract, located where the user can act: at the reference that still points at a
 * removed entity, or at the changed attribute in the head.
 */
export function contractFindings(input: ContractInput): Finding[] {
  const out: Finding[] = [];
  const messages = new Set<string>();
  for (const e of input.changelog.entries) {
    const kind = e.xid.split('/')[3];
    if (kind === 'messages' && e.kind === 'changed') messages.add(resourceXidOf(e.xid));
    if (e.kind === 'removed' && e.level === 'resource' && kind === 'messages') removedMessage(input, e, out);
    if (e.kind === 'removed' && e.level === 'resource' && kind === 'schemas') removedSchema(input, e, out);
    if (e.level === 'version' && kind === 'schemas') changedSchemaVersion(input, e, out);
    if (e.level === 'group' && e.kind === 'changed' && e.xid.startsWith('/endpoints/')) changedEndpoint(input, e, out);
  }
  for (const xid of [...messages].sort()) changedMessage(input, xid, out);
  return out;
}

function finding(rule: CheckCode, xid: string, args: DiagnosticArgs, place: Place, what: readonly unknown[]): Finding {
  return { rule, severity: ruleSpec(rule).severity, source: 'contract', xid, ...place, args: { xid, ...args }, fingerprint: fingerprintOf(rule, xid, what) };
}

function list(xids: readonly string[]): string {
  return xids.join(', ');
}

function removedMessage(input: ContractInput, e: ChangelogEntry, out: Finding[]): void {
  const users = input.references.usersOfMessage(e.xid);
  const referencedBy = [...users.endpoints.map((x) => `endpoint ${x}`), ...users.messages.map((x) => `message ${x}`)];
  if (referencedBy.length === 0) return;
  const place = users.endpoints[0] ? input.locateHead.locate(users.endpoints[0], ['messagegroups']) : input.locateHead.locate(users.messages[0]!, ['basemessageuri']);
  out.push(finding('contract/message-removed-while-referenced', e.xid, { referencedBy: list(referencedBy) }, place, []));
}

function removedSchema(input: ContractInput, e: ChangelogEntry, out: Finding[]): void {
  const users = input.references.messagesUsingSchema(e.xid);
  if (users.length === 0) return;
  out.push(finding('contract/schema-removed-while-referenced', e.xid, { referencedBy: list(users) }, input.locateHead.locate(users[0]!, ['dataschemauri']), []));
}

function changedSchemaVersion(input: ContractInput, e: ChangelogEntry, out: Finding[]): void {
  const resource = resourceXidOf(e.xid);
  const version = e.xid.slice(resource.length + '/versions/'.length);
  if (e.kind === 'removed' && resourceOf(input.head, resource)) {
    const users = input.references.messagesUsingSchema(e.xid);
    const referencedBy = users.length > 0 ? `messages using it: ${list(users)}` : 'no message of this registry pins it';
    out.push(finding('contract/schema-version-removed', e.xid, { resource, version, referencedBy }, input.locateHead.locate(resource), [version]));
  }
  if (e.kind === 'changed' && e.documentChanged) {
    const before = resourceOf(input.base, resource)?.versions.get(version)?.document;
    const after = resourceOf(input.head, resource)?.versions.get(version)?.document;
    out.push(finding('contract/published-document-changed', e.xid, { resource, version }, input.locateHead.locate(e.xid), [digest(before), digest(after)]));
  }
}

const ENVELOPE_RULES: ReadonlyArray<[CheckCode, string]> = [
  ['contract/message-type-changed', 'type'],
  ['contract/message-source-changed', 'source'],
];

function changedMessage(input: ContractInput, xid: string, out: Finding[]): void {
  const before = resourceOf(input.base, xid);
  const after = resourceOf(input.head, xid);
  if (!before || !after) return;
  for (const [rule, name] of ENVELOPE_RULES) {
    const b = envelopeValue(before, name);
    const a = envelopeValue(after, name);
    if (b === undefined || a === b) continue;
    const place = input.locateHead.locate(defaultVersionXid(xid, after), ['envelopemetadata', name, 'value']);
    out.push(finding(rule, xid, { before: b, after: a ?? '(none)' }, place, [b, a ?? null]));
  }
}

function changedEndpoint(input: ContractInput, e: ChangelogEntry, out: Finding[]): void {
  for (const a of e.attributes) {
    const rule: CheckCode | undefined = a.name === 'protocol' ? 'contract/endpoint-protocol-changed' : a.name === 'usage' ? 'contract/endpoint-usage-changed' : undefined;
    if (!rule || a.before === undefined) continue;
    if (rule === 'contract/endpoint-usage-changed' && sameSet(a.before, a.after)) continue;
    const show = (v: unknown): string => (v === undefined ? '(none)' : Array.isArray(v) ? `[${v.join(', ')}]` : String(v));
    out.push(finding(rule, e.xid, { before: show(a.before), after: show(a.after) }, input.locateHead.locate(e.xid, [a.name]), [a.before, a.after ?? null]));
  }
}

/** `envelopemetadata.<name>.value` of a message's default version (message/spec.md). */
function envelopeValue(resource: ResourceNode, name: string): string | undefined {
  const meta = defaultAttributes(resource)['envelopemetadata'] as Record<string, { value?: unknown } | undefined> | undefined;
  const value = meta?.[name]?.value;
  return typeof value === 'string' ? value : undefined;
}

function defaultVersionXid(xid: string, resource: ResourceNode): string {
  const ids = [...resource.versions.keys()];
  const id = typeof resource.meta['defaultversionid'] === 'string' ? (resource.meta['defaultversionid'] as string) : ids[ids.length - 1];
  return id === undefined ? xid : `${xid}/versions/${id}`;
}

function resourceOf(registry: RegistryNode, xid: string): ResourceNode | undefined {
  const [, gp, gid, rp, rid] = xid.split('/');
  return registry.groups.get(gp ?? '')?.get(gid ?? '')?.resources.get(rp ?? '')?.get(rid ?? '');
}

function sameSet(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return false;
  return JSON.stringify([...a].map(String).sort()) === JSON.stringify([...b].map(String).sort());
}

function digest(bytes: Uint8Array | undefined): string | null {
  return bytes ? createHash('sha256').update(bytes).digest('hex') : null;
}
