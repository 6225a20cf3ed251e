import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { RegistryNode, VersionNode } from '../entities/registry-node.js';
import type { Model } from '../model/model-types.js';
import { entityLocation } from './entity-location.js';
import { isRecord } from './is-record.js';
import { messageEntries, type MessageEntry } from './message-entries.js';

/**
 * Historical names of `basemessageuri` (spec-domains-digest Appendix A.1: message/spec.md
 * §basemessage calls it `basemessage`, it was `basemessageurl` before commit e6c2033; the model
 * name is `basemessageuri`). Decision: accept all three, emit the model name.
 */
const BASEMESSAGE_ALIASES = ['basemessage', 'basemessageurl'] as const;

const authoredNames = new WeakMap<VersionNode, Record<string, string>>();

/**
 * The name an attribute had in the file before normalisation renamed it (for locating
 * diagnostics about `basemessageuri` at the key the author wrote); `name` when not renamed.
 */
export function authoredName(version: VersionNode, name: string): string {
  return authoredNames.get(version)?.[name] ?? name;
}

/**
 * Rewrites authored message attributes that the spec's prose spells differently from the
 * model, before attribute validation (docs/domain-rules.md, order (1)): `basemessage` and
 * `basemessageurl` become `basemessageuri`, and an `envelopemetadata.attributes` wrapper
 * (Appendix A.3) is unwrapped so that the model checks the attributes themselves. Each rewrite is
 * reported. A no-op when the model has no message types.
 */
export function normalizeDomainAttributes(registry: RegistryNode, model: Model, diagnostics: Diagnostics): void {
  for (const entry of messageEntries(registry, model)) {
    renameBaseMessage(entry, diagnostics);
    unwrapEnvelopeMetadata(entry, diagnostics);
  }
}

function renameBaseMessage(entry: MessageEntry, diagnostics: Diagnostics): void {
  const attrs = entry.version.attributes;
  const present = BASEMESSAGE_ALIASES.filter((name) => attrs[name] !== undefined);
  if (present.length === 0) return;
  const names = attrs['basemessageuri'] === undefined ? present : ['basemessageuri', ...present];
  const values = new Set(names.map((n) => JSON.stringify(attrs[n])));
  for (const alias of present) {
    diagnostics.report('message/basemessage-alias', { name: alias }, entityLocation(entry.xid, entry.version.source, [alias]));
  }
  if (values.size > 1) {
    const last = names[names.length - 1]!;
    diagnostics.report('message/basemessage-conflict', { message: entry.resource.id, names: names.join(', ') }, entityLocation(entry.xid, entry.version.source, [last]));
    return;
  }
  const first = present[0]!;
  if (attrs['basemessageuri'] === undefined) {
    attrs['basemessageuri'] = attrs[first];
    authoredNames.set(entry.version, { basemessageuri: first });
  }
  for (const alias of present) delete attrs[alias];
}

function unwrapEnvelopeMetadata(entry: MessageEntry, diagnostics: Diagnostics): void {
  const metadata = entry.version.attributes['envelopemetadata'];
  if (!isRecord(metadata)) return;
  const wrapped = metadata['attributes'];
  if (!isRecord(wrapped) || !Object.values(wrapped).every(isRecord) || Object.keys(wrapped).length === 0) return;
  diagnostics.report('message/envelopemetadata-wrapper', { message: entry.resource.id }, entityLocation(entry.xid, entry.version.source, ['envelopemetadata', 'attributes']));
  const rest = Object.fromEntries(Object.entries(metadata).filter(([k]) => k !== 'attributes'));
  entry.version.attributes['envelopemetadata'] = { ...wrapped, ...rest };
}
