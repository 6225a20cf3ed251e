import type { AttributeSource, AttributeSourceMap, ItemSource } from './model-source-types.js';

/**
 * The value types a property definition may declare (message/spec.md §Property Definitions,
 * `type`). These are CloudEvents types plus additions, not core attribute types.
 */
export const PROPERTY_TYPES = ['any', 'binary', 'boolean', 'duration', 'integer', 'number', 'string', 'symbol', 'timestamp', 'uri', 'uritemplate'] as const;

export interface PropertyOptions {
  description: string;
  /** Allowed `type` values; omitted = any string. */
  types?: readonly string[];
  /** Default of `type` (then `type` is required so the default is materialized). */
  defaultType?: string;
  /** Definition of `value`; the prose types it Any (message/spec.md §value). */
  value?: AttributeSource;
  /** `required` can only be `true` (CloudEvents id, type, source, specversion). */
  alwaysRequired?: boolean;
}

/**
 * A property definition: the common schema of envelope attributes, protocol properties and
 * headers (message/spec.md §Property Definitions): `description`, `type`, `value`, `required`,
 * `specurl`.
 */
export function propertyDefinition(options: PropertyOptions): AttributeSource {
  return { type: 'object', description: options.description, attributes: propertyAttributes(options) };
}

/** The attributes of a property definition, without the wrapping object. */
export function propertyAttributes(options: Omit<PropertyOptions, 'description'>): AttributeSourceMap {
  const type: AttributeSource = { type: 'string', description: 'The type of the value.' };
  const typeDef: AttributeSource = {
    ...type,
    ...(options.types ? { enum: options.types } : {}),
    ...(options.defaultType ? { required: true, default: options.defaultType } : {}),
  };
  const required: AttributeSource = options.alwaysRequired
    ? { type: 'boolean', description: 'Always true for this property.', enum: [true], required: true, default: true }
    : { type: 'boolean', description: 'Whether the property must be present in a message.', required: true, default: false };
  return {
    description: { type: 'string', description: 'What the property means.' },
    type: typeDef,
    // message/spec.md §value: "Type: Any"; the spec's model types every value string, which
    // rejects integer AMQP properties. Deviation: `any` unless the caller narrows it.
    value: options.value ?? { type: 'any', description: 'The value, constant or a URI template with {placeholders}.' },
    required,
    // message/spec.md §specurl defines this aspect; the spec's message model.json omits it, and
    // messages allow no extensions, so without it the prose's own attribute is rejected.
    specurl: { type: 'uri', description: 'Link to the human-readable specification of the property.' },
  };
}

/** A property definition as the `item` of a map (AMQP application properties, annotations). */
export function propertyItem(options: Omit<PropertyOptions, 'description'>): ItemSource {
  return { type: 'object', attributes: propertyAttributes(options) };
}

/**
 * One entry of a collection of named properties (HTTP and NATS headers, HTTP query parameters,
 * MQTT user properties, Kafka headers): a property definition plus its wire `name`.
 */
// Deviation: message/model.json gives each of these lists a slightly different entry (NATS
// `name` optional, no `required` on MQTT, no `type` anywhere); message/spec.md §Message Metadata
// describes one pattern ("a name, a description, a type and a value"), used here for all.
function namedPropertyItem(): ItemSource {
  return {
    type: 'object',
    attributes: {
      name: { type: 'string', description: 'The name on the wire.', required: true },
      ...propertyAttributes({ types: PROPERTY_TYPES, value: { type: 'string', description: 'The value, constant or a URI template with {placeholders}.' } }),
    },
  };
}

/** An array of named properties; a name may repeat, as HTTP headers and MQTT user properties do. */
export function namedPropertyList(description: string): AttributeSource {
  return { type: 'array', description, item: namedPropertyItem() };
}

/** A map of named properties keyed by a local key (Kafka message headers). */
export function namedPropertyMap(description: string): AttributeSource {
  return { type: 'map', description, item: namedPropertyItem() };
}
