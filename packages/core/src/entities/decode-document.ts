import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { ResourceModel } from '../model/model-types.js';
import { documentAttributeNames } from './document-attributes.js';
import type { VersionNode } from './registry-node.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Moves a Version's inline document out of its attributes into bytes (core/spec.md §<RESOURCE>*):
 * - `<RESOURCE>base64` is decoded;
 * - `<RESOURCE>` holding a JSON value other than a string is serialized as JSON (2-space
 *   indent, final newline), and `contenttype` defaults to `application/json`, as the spec says a
 *   server stamps it;
 * - `<RESOURCE>` holding a string is taken as the document text itself (UTF-8). The spec's own
 *   samples store Protobuf and XSD documents this way without a contenttype; reading them as
 *   JSON string documents would serve `"syntax = ..."` with quotes, which no reader wants.
 * At most one of `<RESOURCE>`, `<RESOURCE>base64`, `<RESOURCE>url` may be present (`one_resource`);
 * none when the Resource type has no documents (`hasdocument_violation`).
 */
export function decodeDocument(version: VersionNode, model: ResourceModel, diagnostics: Diagnostics): void {
  const names = documentAttributeNames(model);
  const present = [names.inline, names.base64, names.url].filter((n) => version.attributes[n] !== undefined && version.attributes[n] !== null);
  const at = (name: string): { file: string; pointer: string } | Record<string, never> => (version.source ? { file: version.source.file, pointer: `${version.source.pointer}/${name}` } : {});
  if (!model.hasdocument) {
    for (const n of present) diagnostics.report('document/hasdocument-violation', { resource: model.plural, attribute: n }, at(n));
    return;
  }
  if (present.length > 1) {
    diagnostics.report('document/one-resource', { singular: model.singular, found: present.map((n) => `"${n}"`).join(' and ') }, at(present[1]!));
  }
  const inline = version.attributes[names.inline];
  const b64 = version.attributes[names.base64];
  delete version.attributes[names.inline];
  delete version.attributes[names.base64];
  if (inline !== undefined && inline !== null) {
    if (typeof inline === 'string') version.document = new TextEncoder().encode(inline);
    else {
      version.document = new TextEncoder().encode(`${JSON.stringify(inline, null, 2)}\n`);
      if (version.attributes['contenttype'] === undefined) version.attributes['contenttype'] = 'application/json';
    }
    if (version.source) version.documentSource = { file: version.source.file, pointer: `${version.source.pointer}/${names.inline}` };
  } else if (b64 !== undefined && b64 !== null) {
    if (typeof b64 !== 'string' || !BASE64.test(b64.replace(/\s/g, ''))) {
      diagnostics.report('document/invalid-base64', { attribute: names.base64 }, at(names.base64));
    } else {
      version.document = new Uint8Array(Buffer.from(b64, 'base64'));
      if (version.source) version.documentSource = { file: version.source.file, pointer: `${version.source.pointer}/${names.base64}` };
    }
  }
}
