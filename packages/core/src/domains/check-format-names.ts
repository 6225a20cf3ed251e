import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { RegistryNode } from '../entities/registry-node.js';
import type { Model } from '../model/model-types.js';

/**
 * Names that people write for a format whose name schema/spec.md §Formats defines ("MUST be
 * used"), mapped to the defined name. Compared case-insensitively, as format names are.
 */
const NONCANONICAL: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^xmlschema\/(1\.[01])$/i, (m) => `XSD/${m[1]}`],
  [/^xsd\/(1)$/i, () => 'XSD/1.0'],
  [/^protobuf\/([23])\.0$/i, (m) => `Protobuf/${m[1]}`],
  [/^proto([23])$/i, (m) => `Protobuf/${m[1]}`],
  [/^jsonschema\/draft-?0?7$/i, () => 'JsonSchema/draft-07'],
  [/^jsonschema\/draft-(2019-09|2020-12)$/i, (m) => `JsonSchema/draft/${m[1]}`],
  [/^jsonschema\/(2019-09|2020-12)$/i, (m) => `JsonSchema/draft/${m[1]}`],
];

/** The defined name for a known misspelling of a format name, or undefined. */
export function canonicalFormatName(format: string): string | undefined {
  if (/^jsonschema\/draft-07$/i.test(format)) return undefined;
  for (const [re, fix] of NONCANONICAL) {
    const m = re.exec(format);
    if (m) return fix(m);
  }
  return undefined;
}

/** Reports Version `format` values (and `dataschemaformat` of messages) that misspell a defined format name. */
export function checkFormatNames(registry: RegistryNode, _model: Model, diagnostics: Diagnostics): void {
  for (const [gp, groups] of registry.groups) {
    for (const [gid, group] of groups) {
      for (const [rp, resources] of group.resources) {
        for (const [rid, resource] of resources) {
          for (const v of resource.versions.values()) {
            for (const attr of ['format', 'dataschemaformat']) {
              const value = v.attributes[attr];
              if (typeof value !== 'string') continue;
              const canonical = canonicalFormatName(value);
              if (!canonical) continue;
              const xid = `/${gp}/${gid}/${rp}/${rid}/versions/${v.id}`;
              diagnostics.report('format/noncanonical-name', { format: value, canonical }, v.source ? { xid, file: v.source.file, pointer: `${v.source.pointer}/${attr}` } : { xid });
            }
          }
        }
      }
    }
  }
}
