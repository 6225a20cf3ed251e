import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Attributes, RegistryNode, SourceRef } from '../entities/registry-node.js';
import type { Model } from '../model/model-types.js';
import { endpointEntries } from './endpoint-entries.js';
import { entityLocation } from './entity-location.js';
import { isRecord } from './is-record.js';
import { messageEntries } from './message-entries.js';

/**
 * endpoint/spec.md §envelopeoptions, CloudEvents/1.0: "`format` … MUST NOT be specified when
 * `mode` is `binary`", on endpoints and on messages alike.
 */
export function checkEnvelopeOptions(registry: RegistryNode, model: Model, diagnostics: Diagnostics): void {
  for (const e of endpointEntries(registry, model)) check(e.group.attributes, `endpoint "${e.group.id}"`, e.xid, e.group.source, diagnostics);
  for (const m of messageEntries(registry, model)) check(m.version.attributes, `message "${m.resource.id}"`, m.xid, m.version.source, diagnostics);
}

function check(attrs: Attributes, subject: string, xid: string, source: SourceRef | undefined, diagnostics: Diagnostics): void {
  const options = attrs['envelopeoptions'];
  if (!isRecord(options) || options['mode'] !== 'binary' || options['format'] === undefined) return;
  diagnostics.report('endpoint/envelopeoptions-format-binary', { subject }, entityLocation(xid, source, ['envelopeoptions', 'format']));
}
