import type { Attributes } from '../entities/registry-node.js';
import { canonicalProtocol } from '../models/protocol-names.js';
import { isRecord } from './is-record.js';

/** One place where a message states its payload's content type. */
export interface ContentTypeOccurrence {
  path: Array<string | number>;
  value: string;
}

const isContentTypeName = (name: unknown): boolean => typeof name === 'string' && name.toLowerCase() === 'content-type';

/** A literal value: template values (with `{`) are patterns, not content types, and are skipped. */
function literal(value: unknown): value is string {
  return typeof value === 'string' && !value.includes('{');
}

/**
 * Every place message/spec.md §datacontenttype says the content type may appear: the message's
 * `datacontenttype`, the CloudEvents `datacontenttype` value, and the protocol's own field
 * (HTTP `Content-Type` header, AMQP `properties.content-type`, MQTT/5 `content_type`, a Kafka
 * header named `content-type`).
 */
export function contentTypeOccurrences(attrs: Attributes): ContentTypeOccurrence[] {
  const out: ContentTypeOccurrence[] = [];
  if (literal(attrs['datacontenttype'])) out.push({ path: ['datacontenttype'], value: attrs['datacontenttype'] });
  const metadata = attrs['envelopemetadata'];
  if (isRecord(metadata) && isRecord(metadata['datacontenttype']) && literal(metadata['datacontenttype']['value'])) {
    out.push({ path: ['envelopemetadata', 'datacontenttype', 'value'], value: metadata['datacontenttype']['value'] });
  }
  const options = attrs['protocoloptions'];
  const protocol = typeof attrs['protocol'] === 'string' ? canonicalProtocol(attrs['protocol']) : undefined;
  if (!isRecord(options) || !protocol) return out;
  if (protocol === 'HTTP' && Array.isArray(options['headers'])) {
    options['headers'].forEach((h, i) => {
      if (isRecord(h) && isContentTypeName(h['name']) && literal(h['value'])) out.push({ path: ['protocoloptions', 'headers', i, 'value'], value: h['value'] });
    });
  }
  if (protocol === 'AMQP/1.0' && isRecord(options['properties'])) {
    const ct = options['properties']['content-type'];
    if (isRecord(ct) && literal(ct['value'])) out.push({ path: ['protocoloptions', 'properties', 'content-type', 'value'], value: ct['value'] });
  }
  if (protocol === 'MQTT/5.0' && literal(options['content_type'])) out.push({ path: ['protocoloptions', 'content_type'], value: options['content_type'] });
  if (protocol === 'KAFKA' && isRecord(options['headers'])) {
    for (const [key, h] of Object.entries(options['headers'])) {
      if (isRecord(h) && (isContentTypeName(h['name']) || (h['name'] === undefined && isContentTypeName(key))) && literal(h['value'])) {
        out.push({ path: ['protocoloptions', 'headers', key, 'value'], value: h['value'] });
      }
    }
  }
  return out;
}
