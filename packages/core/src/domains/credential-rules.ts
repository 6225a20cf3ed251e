import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { RegistryNode } from '../entities/registry-node.js';
import type { Model } from '../model/model-types.js';
import { endpointEntries, endpointOptionNames } from './endpoint-entries.js';
import { entityLocation } from './entity-location.js';
import { isRecord } from './is-record.js';

/** Names that suggest a secret. */
const SECRET_NAME = /password|passwd|secret|token|api[-_]?key|credential/i;

/** A literal value: not empty and not a `{placeholder}` template. */
const literal = (v: unknown): boolean => typeof v === 'string' && v !== '' && !v.includes('{');

/**
 * endpoint/credential-like-value, a heuristic for endpoint/spec.md §authorization ("MUST NOT be
 * used for credential configuration") and §HTTP ("Credential values … MUST NOT be stored in
 * endpoint metadata"): an `Authorization` header with a literal value, or a literal value under
 * a header, query parameter or extension option named like a secret. Options the model defines
 * (`apikeyname`, `plainpasswordfield`, …) hold names, not secrets, and are skipped.
 */
export function checkCredentials(registry: RegistryNode, model: Model, diagnostics: Diagnostics): void {
  for (const entry of endpointEntries(registry, model)) {
    const options = entry.options;
    if (!options) continue;
    const report = (name: string, path: Array<string | number>) => diagnostics.report('endpoint/credential-like-value', { name, endpoint: entry.group.id }, entityLocation(entry.xid, entry.group.source, ['protocoloptions', ...path]));
    const defined = new Set(entry.protocol ? endpointOptionNames(model, entry.protocol) : []);
    for (const [name, value] of Object.entries(options)) {
      if (!defined.has(name) && SECRET_NAME.test(name) && literal(value)) report(name, [name]);
    }
    if (Array.isArray(options['headers'])) {
      options['headers'].forEach((h, i) => {
        if (!isRecord(h) || typeof h['name'] !== 'string' || !literal(h['value'])) return;
        if (h['name'].toLowerCase() === 'authorization' || SECRET_NAME.test(h['name'])) report(h['name'], ['headers', i, 'value']);
      });
    }
    if (isRecord(options['query'])) {
      for (const [name, value] of Object.entries(options['query'])) if (SECRET_NAME.test(name) && literal(value)) report(name, ['query', name]);
    }
  }
}
