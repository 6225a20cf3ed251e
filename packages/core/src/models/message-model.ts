import type { DomainModelSource, GroupSource } from './model-source-types.js';
import { ANY_EXTENSION, MODEL_VERSION } from './model-source-types.js';
import { messageEnvelopeIfValues } from './envelope-metadata.js';
import { messageProtocolOptions } from './message-protocol-options.js';
import { protocolIfValues } from './protocol-names.js';

const compatibleWith = 'https://xregistry.io/xreg/domains/message/specs/model.json';

/**
 * The `messagegroups` Group type with its `messages` Resource type. Message envelope and
 * protocol equality with the group, required `envelopemetadata`/`protocoloptions` and the
 * CloudEvents attribute rules are prose rules (docs/domain-rules.md), not model checks: the spec's
 * model does not state them and messages of other groups may be cross-referenced.
 */
export const messageGroupType: GroupSource = {
  plural: 'messagegroups',
  singular: 'messagegroup',
  description: 'A group of message definitions sharing one envelope and one protocol.',
  modelversion: MODEL_VERSION,
  modelcompatiblewith: compatibleWith,
  attributes: {
    envelope: { type: 'string', description: 'Envelope of every message in the group, <NAME>/<VERSION>, e.g. CloudEvents/1.0.' },
    protocol: { type: 'string', description: 'Protocol of every message in the group: AMQP/1.0, MQTT/3.1.1, MQTT/5.0, KAFKA, HTTP or NATS.' },
    '*': ANY_EXTENSION,
  },
  resources: {
    messages: {
      plural: 'messages',
      singular: 'message',
      description: 'A message definition: envelope, protocol and payload constraints.',
      modelversion: MODEL_VERSION,
      modelcompatiblewith: compatibleWith,
      // message/spec.md §Message Definitions: no version history; the metadata is the document.
      maxversions: 1,
      hasdocument: false,
      attributes: {
        // The prose names this `basemessage` and it was `basemessageurl` before; the model name
        // stays. The rule layer renames the other two before validation (docs/domain-rules.md).
        basemessageuri: {
          type: 'uri',
          description: 'The message this one extends: an xid of a message or message version, or an absolute URI.',
          target: '/messagegroups/messages[/versions]',
        },
        envelope: { type: 'string', description: 'Envelope of the message; equals the group envelope.', ifvalues: messageEnvelopeIfValues() },
        protocol: { type: 'string', description: 'Protocol of the message; equals the group protocol.', ifvalues: protocolIfValues(messageProtocolOptions()) },
        dataschemaformat: { type: 'string', description: 'Schema format of the payload, like a schema format.' },
        dataschema: { type: 'any', description: 'Inline payload schema; excludes dataschemauri.' },
        dataschemauri: { type: 'uri', description: 'Payload schema: a schema xid or URI with a fragment naming the schema object.' },
        dataschemaxid: { type: 'xid', description: 'xid of the payload schema resource or version in this registry.' },
        datacontenttype: { type: 'string', description: 'Media type of the payload (RFC 2046).' },
      },
    },
  },
};

/** The Message Definitions domain model (message/spec.md, message/model.json). */
export const messageModelSource: DomainModelSource = {
  groups: { messagegroups: messageGroupType },
};
