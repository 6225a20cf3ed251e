import type { AttributeSource, AttributeSourceMap } from './model-source-types.js';
import type { Protocol } from './protocol-names.js';
import { namedPropertyList, namedPropertyMap, propertyDefinition, propertyItem } from './property-definition.js';

/**
 * `protocoloptions` of a message per protocol (message/spec.md §Message Protocols and
 * message/model.json). Messages allow no extension attributes, so every option a valid message
 * uses must be listed here.
 */

const template = (description: string): AttributeSource => ({ type: 'uritemplate', description });
const options = (description: string, attributes: AttributeSourceMap, extended = false): AttributeSourceMap => ({
  protocoloptions: { type: 'object', description, ...(extended ? { namecharset: 'extended' as const } : {}), attributes },
});

const AMQP_VALUE_TYPES = ['string', 'uritemplate', 'integer', 'number', 'boolean'];

/** One AMQP 1.0 `properties` field with the types message/model.json allows for it. */
function amqpProperty(name: string, types: readonly string[], defaultType?: string): AttributeSource {
  return propertyDefinition({ description: `AMQP properties.${name}.`, types, ...(defaultType ? { defaultType } : {}) });
}

/** A map section of custom AMQP properties (application-properties, annotations, footer). */
function amqpSection(description: string): AttributeSource {
  return { type: 'map', description, item: propertyItem({ types: AMQP_VALUE_TYPES, defaultType: 'string' }) };
}

function amqpOptions(): AttributeSourceMap {
  return options('AMQP 1.0 message sections.', {
    properties: {
      type: 'object',
      namecharset: 'extended',
      description: 'The AMQP properties section.',
      attributes: {
        'message-id': amqpProperty('message-id', ['ulong', 'uuid', 'binary', 'string', 'uritemplate']),
        'user-id': amqpProperty('user-id', ['binary', 'string', 'uritemplate'], 'string'),
        to: amqpProperty('to', ['string', 'uritemplate'], 'uritemplate'),
        // message/model.json defaults subject's `required` to true; message/spec.md §required:
        // "Default value MUST be false". Deviation: the prose default (false) applies here too.
        subject: amqpProperty('subject', ['string', 'uritemplate']),
        'reply-to': amqpProperty('reply-to', ['string', 'uritemplate'], 'uritemplate'),
        'correlation-id': amqpProperty('correlation-id', ['binary', 'string', 'uritemplate'], 'string'),
        'content-type': amqpProperty('content-type', ['string', 'uritemplate'], 'string'),
        'content-encoding': amqpProperty('content-encoding', ['string'], 'string'),
        'absolute-expiry-time': amqpProperty('absolute-expiry-time', ['timestamp'], 'timestamp'),
        'creation-time': amqpProperty('creation-time', ['timestamp'], 'timestamp'),
        'group-id': amqpProperty('group-id', ['string', 'uritemplate'], 'string'),
        'group-sequence': amqpProperty('group-sequence', ['integer'], 'integer'),
        'reply-to-group-id': amqpProperty('reply-to-group-id', ['string', 'uritemplate'], 'string'),
      },
    },
    'application-properties': amqpSection('The AMQP application-properties section.'),
    'message-annotations': amqpSection('The AMQP message-annotations section.'),
    'delivery-annotations': amqpSection('The AMQP delivery-annotations section.'),
    header: {
      type: 'object',
      namecharset: 'extended',
      description: 'The AMQP header section.',
      attributes: {
        durable: { type: 'boolean', description: 'Durability requirement.', required: true, default: false },
        priority: { type: 'integer', description: 'Relative priority.', required: true, default: 4 },
        ttl: { type: 'integer', description: 'Time to live in milliseconds.' },
        'first-acquirer': { type: 'boolean', description: 'Not acquired before.', required: true, default: false },
        'delivery-count': { type: 'integer', description: 'Prior failed delivery attempts.', required: true, default: 0 },
      },
    },
    footer: amqpSection('The AMQP footer section.'),
  }, true);
}

function mqttCommon(): AttributeSourceMap {
  return {
    qos: { type: 'integer', description: 'Quality of service level of the PUBLISH packet.' },
    retain: { type: 'boolean', description: 'Retain flag of the PUBLISH packet.' },
    topic_name: template('Topic name of the PUBLISH packet.'),
  };
}

function mqtt5Options(): AttributeSourceMap {
  return options('MQTT 5.0 PUBLISH packet fields.', {
    ...mqttCommon(),
    payload_format_indicator: { type: 'integer', description: 'Payload format indicator: 0 bytes, 1 UTF-8.', enum: [0, 1] },
    // message/spec.md §MQTT names this field `payload_format`; message/model.json names it
    // `payload_format_indicator` (the MQTT 5 name). Deviation: both are accepted; the rule layer
    // reports `payload_format` as info and an error when both disagree.
    payload_format: { type: 'integer', description: 'Alias of payload_format_indicator (the prose name).', enum: [0, 1] },
    message_expiry_interval: { type: 'integer', description: 'Message expiry interval in seconds.' },
    response_topic: template('Response topic.'),
    correlation_data: template('Correlation data.'),
    content_type: template('Content type of the payload.'),
    user_properties: namedPropertyList('MQTT user properties; a name may repeat.'),
  });
}

function kafkaOptions(): AttributeSourceMap {
  return options('Kafka record fields.', {
    topic: template('Topic the record is appended to.'),
    partition: { type: 'integer', description: 'Partition the record is sent to or read from.' },
    key: template('Record key, UTF-8.'),
    key_base64: { type: 'string', description: 'Record key as base64; excludes key.' },
    headers: namedPropertyMap('Record headers, keyed by a local name.'),
  });
}

function httpOptions(): AttributeSourceMap {
  return options('HTTP message fields.', {
    headers: namedPropertyList('HTTP headers; a name may repeat.'),
    // message/spec.md calls `query` a Map but its example writes an array of {name, value}, as
    // message/model.json does. We keep the array.
    query: namedPropertyList('HTTP query parameters.'),
    path: template('Request path.'),
    method: { type: 'string', description: 'HTTP method; excludes status.' },
    // message/spec.md §HTTP defines `status` ("MUST be a valid HTTP response code", exclusive
    // with method); message/model.json lacks it. Deviation: defined here.
    status: { type: 'string', description: 'HTTP response status code; excludes method.' },
  });
}

function natsOptions(): AttributeSourceMap {
  return options('NATS HPUB fields.', {
    subject: template('Subject the message is published to.'),
    reply: template('Subject the receiver replies to.'),
    // message/spec.md §NATS names this field `reply-to`; message/model.json names it `reply`.
    // Deviation: both are accepted; the rule layer reports `reply-to` as info.
    'reply-to': template('Alias of reply (the prose name).'),
    headers: namedPropertyList('NATS headers.'),
  }, true);
}

/** Message `protocoloptions` per canonical protocol name. */
export function messageProtocolOptions(): Record<Protocol, AttributeSourceMap> {
  return {
    'AMQP/1.0': amqpOptions(),
    'MQTT/3.1.1': options('MQTT 3.1.1 PUBLISH packet fields.', mqttCommon(), true),
    'MQTT/5.0': mqtt5Options(),
    KAFKA: kafkaOptions(),
    HTTP: httpOptions(),
    NATS: natsOptions(),
  };
}
