import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { RegistryNode } from '../entities/registry-node.js';
import type { Model } from '../model/model-types.js';
import { endpointEntries, endpointOptionNames, type EndpointEntry } from './endpoint-entries.js';
import { entityLocation } from './entity-location.js';

/** Options every protocol has (endpoint/spec.md §protocoloptions). */
const COMMON_OPTIONS = ['endpoints', 'authorization', 'deployed'];

const fold = (name: string): string => name.toLowerCase().replace(/[-_.]/g, '');

/**
 * Where option names are written: endpoint/misplaced-protocol-option (an option written on the
 * endpoint itself, where the model's `*` accepts it as an unrelated extension) and
 * endpoint/option-near-miss (a `protocoloptions` key that is a defined option name with `_`, `-`,
 * `.` or case changed; endpoint/spec.md §AMQP options spell `link-properties`).
 */
export function checkEndpointOptionNames(registry: RegistryNode, model: Model, diagnostics: Diagnostics): void {
  const defined = new Set(Object.keys(model.groups['endpoints']?.attributes ?? {}));
  for (const resource of Object.keys(model.groups['endpoints']?.resources ?? {})) defined.add(resource);
  for (const entry of endpointEntries(registry, model)) {
    const options = entry.protocol ? endpointOptionNames(model, entry.protocol) : COMMON_OPTIONS;
    for (const name of Object.keys(entry.group.attributes)) {
      if (defined.has(name) || !options.includes(name)) continue;
      diagnostics.report('endpoint/misplaced-protocol-option', { name, endpoint: entry.group.id }, entityLocation(entry.xid, entry.group.source, [name]));
    }
    checkNearMisses(entry, options, diagnostics);
  }
}

function checkNearMisses(entry: EndpointEntry, options: string[], diagnostics: Diagnostics): void {
  if (!entry.options || !entry.protocol) return;
  for (const name of Object.keys(entry.options)) {
    if (options.includes(name)) continue;
    const suggestion = options.find((o) => fold(o) === fold(name));
    if (suggestion === undefined) continue;
    diagnostics.report('endpoint/option-near-miss', { name, protocol: entry.protocol, suggestion }, entityLocation(entry.xid, entry.group.source, ['protocoloptions', name]));
  }
}
