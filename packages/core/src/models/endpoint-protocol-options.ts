import type { AttributeSource, AttributeSourceMap, ItemSource } from './model-source-types.js';
import { ANY_EXTENSION } from './model-source-types.js';
import type { Protocol } from './protocol-names.js';

/**
 * `protocoloptions` of an endpoint per protocol (endpoint/spec.md §Protocol Options and
 * endpoint/model.json). Every protocol shares `endpoints`, `authorization`, `deployed` and `*`.
 * Cross-option rules (topic xor topicfilter, consumergroup per usage, URI schemes, ...) bind
 * clients and live in the rule layer (docs/domain-rules.md).
 */

const str = (description: string): AttributeSource => ({ type: 'string', description });
const bool = (description: string): AttributeSource => ({ type: 'boolean', description });
const strings = (description: string): AttributeSource => ({ type: 'array', description, item: { type: 'string' } });
const stringMap = (description: string): AttributeSource => ({ type: 'map', description, item: { type: 'string' } });
const oneOf = (description: string, values: readonly (string | number)[], type: 'string' | 'uinteger' = 'string'): AttributeSource => ({ type, description, enum: values });
const defaulted = (def: AttributeSource, value: string | number | boolean): AttributeSource => ({ ...def, required: true, default: value });

/** Address entries: `uri` for every protocol but Kafka, which uses `bootstrap.servers`. */
function addressItem(protocol: Protocol): ItemSource {
  if (protocol !== 'KAFKA') {
    return { type: 'object', attributes: { uri: { type: 'uri', description: `Absolute ${protocol} URI of the endpoint.` }, '*': ANY_EXTENSION } };
  }
  return {
    type: 'object',
    namecharset: 'extended',
    attributes: {
      'bootstrap.servers': strings('Kafka bootstrap servers, host:port.'),
      'security.protocol': defaulted(str('Kafka security.protocol.'), 'PLAINTEXT'),
      'sasl.mechanism': defaulted(str('Kafka sasl.mechanism.'), 'PLAIN'),
      '*': ANY_EXTENSION,
    },
  };
}

/** The options every protocol has (endpoint/spec.md §protocoloptions.*). */
function commonOptions(protocol: Protocol): AttributeSourceMap {
  return {
    endpoints: { type: 'array', description: 'Network addresses, most preferred first.', item: addressItem(protocol) },
    authorization: {
      type: 'array',
      description: 'Accepted authorization options; hints only, never credentials.',
      item: {
        type: 'object',
        attributes: {
          type: str('OAuth2, Plain, SASL, X509Cert or APIKey.'),
          mechanism: str('SASL mechanism name, only with type SASL.'),
          resourceuri: { type: 'uri', description: 'Resource the authorization is for.' },
          authorityuri: { type: 'uri', description: 'Authority that grants the authorization.' },
          '*': ANY_EXTENSION,
        },
      },
    },
    deployed: defaulted(bool('Whether the endpoint is live; false makes it a template.'), true),
  };
}

function amqp(): AttributeSourceMap {
  return {
    node: str('AMQP node (address); overrides the URI path.'),
    durable: defaulted(bool('Whether the node is durable.'), false),
    'link-properties': stringMap('AMQP link properties.'),
    'connection-properties': stringMap('AMQP connection properties.'),
    'distribution-mode': defaulted(oneOf('AMQP source distribution mode.', ['move', 'copy']), 'move'),
    'connection-capabilities': strings('AMQP connection capabilities.'),
    'node-capabilities': strings('AMQP node capabilities.'),
    'source-filters': { type: 'map', description: 'AMQP source filters.', item: { type: 'any' } },
    dynamic: bool('Whether a dynamic source or target is requested.'),
    'terminus-durability': oneOf('Durability of the source or target terminus.', ['none', 'configuration', 'unsettled-state']),
    'expiry-policy': oneOf('Expiry policy of the terminus.', ['link-detach', 'session-end', 'connection-close', 'never']),
    timeout: { type: 'uinteger', description: 'Expiry timeout in seconds.' },
    'sender-settle-mode': oneOf('Sender settle mode of the link.', ['unsettled', 'settled', 'mixed']),
    'receiver-settle-mode': oneOf('Receiver settle mode of the link.', ['first', 'second']),
  };
}

function mqtt(version: '3.1.1' | '5.0'): AttributeSourceMap {
  const common: AttributeSourceMap = {
    topic: str('Concrete publish topic; no + or # wildcards.'),
    qos: defaulted(oneOf('QoS intent of the role.', [0, 1, 2], 'uinteger'), 0),
    retain: defaulted(bool('Retain flag for publishing.'), false),
    topicfilter: str('Subscription topic filter; may use + and #.'),
    willtopic: str('CONNECT will topic.'),
    willmessage: { type: 'xid', description: 'CONNECT will message definition.', target: '/messagegroups/messages' },
  };
  if (version === '3.1.1') return { ...common, cleansession: defaulted(bool('Clean session flag.'), true) };
  return {
    ...common,
    cleanstart: bool('Clean start flag.'),
    sessionexpiryinterval: { type: 'uinteger', description: 'Session expiry interval in seconds.' },
    sharedsubscriptiongroup: str('Shared subscription group name, without $share/; only with topicfilter.'),
    nolocal: bool('SUBSCRIBE no-local flag.'),
    retainaspublished: bool('SUBSCRIBE retain-as-published flag.'),
    retainhandling: oneOf('SUBSCRIBE retain handling.', [0, 1, 2], 'uinteger'),
  };
}

function http(): AttributeSourceMap {
  return {
    method: defaulted(str('HTTP method of the operation.'), 'POST'),
    headers: {
      type: 'array',
      description: 'HTTP request headers; a name may repeat.',
      item: { type: 'object', attributes: { name: { type: 'string', description: 'Header name.', required: true }, value: str('Header value.') } },
    },
    query: stringMap('HTTP query parameters.'),
    apikeyname: str('Name of the API key header or query parameter.'),
    // endpoint/spec.md §HTTP options gives these two as enums; endpoint/model.json has plain
    // strings. Deviation: the prose enums are modelled (both defaults are members).
    apikeyin: defaulted(oneOf('Where the API key goes.', ['header', 'query']), 'header'),
    plainscheme: defaulted(oneOf('How Plain credentials are carried.', ['basic', 'form', 'query']), 'basic'),
    plainusernamefield: str('Field carrying the username for form or query.'),
    plainpasswordfield: str('Field carrying the password for form or query.'),
  };
}

function kafka(): AttributeSourceMap {
  return {
    topic: str('Kafka topic.'),
    // endpoint/spec.md §KAFKA options: "integer (-1..1), default 1". Deviation: the range is an
    // enum; endpoint/model.json has no bound.
    acks: { type: 'integer', description: 'Producer acknowledgements: -1 (all), 0 or 1.', enum: [-1, 0, 1], required: true, default: 1 },
    key: str('Producer record key.'),
    partition: { type: 'integer', description: 'Fixed partition.' },
    consumergroup: str('Consumer group; required on consumers, absent on subscribers.'),
    headers: stringMap('Producer record headers.'),
    keyserializer: defaulted(str('Key serializer.'), 'org.apache.kafka.common.serialization.StringSerializer'),
    valueserializer: defaulted(str('Value serializer.'), 'org.apache.kafka.common.serialization.StringSerializer'),
    autooffsetreset: oneOf('Offset reset when no committed offset exists; consumers only.', ['earliest', 'latest', 'none']),
    enableautocommit: bool('Automatic offset commits; consumers only.'),
  };
}

function nats(): AttributeSourceMap {
  return {
    subject: str('Concrete publish subject; no * or > tokens.'),
    subjectfilter: str('Subscription subject filter; may use * and >.'),
    queuegroup: str('Queue group; only with subjectfilter.'),
  };
}

const specific: Record<Protocol, () => AttributeSourceMap> = {
  'AMQP/1.0': amqp,
  'MQTT/3.1.1': () => mqtt('3.1.1'),
  'MQTT/5.0': () => mqtt('5.0'),
  KAFKA: kafka,
  HTTP: http,
  NATS: nats,
};

/** Endpoint `protocoloptions` per canonical protocol name. */
export function endpointProtocolOptions(): Record<Protocol, AttributeSourceMap> {
  const out = {} as Record<Protocol, AttributeSourceMap>;
  for (const protocol of Object.keys(specific) as Protocol[]) {
    out[protocol] = {
      protocoloptions: {
        type: 'object',
        description: `${protocol} endpoint configuration.`,
        // AMQP option names contain hyphens (endpoint/model.json sets extended for AMQP only).
        ...(protocol === 'AMQP/1.0' ? { namecharset: 'extended' as const } : {}),
        attributes: { ...commonOptions(protocol), ...specific[protocol](), '*': ANY_EXTENSION },
      },
    };
  }
  return out;
}
