import type { DomainModelSource, GroupSource } from './model-source-types.js';
import { ANY_EXTENSION, MODEL_VERSION } from './model-source-types.js';
import { endpointEnvelopeIfValues } from './envelope-metadata.js';
import { endpointProtocolOptions } from './endpoint-protocol-options.js';
import { protocolIfValues } from './protocol-names.js';

/** The values of endpoint `usage` (endpoint/spec.md §usage). */
export const ENDPOINT_USAGES = ['subscriber', 'consumer', 'producer'] as const;

/** The `endpoints` Group type (endpoint/spec.md, endpoint/model.json). */
export const endpointGroupType: GroupSource = {
  plural: 'endpoints',
  singular: 'endpoint',
  description: 'A network endpoint with the messages that flow through it.',
  modelversion: MODEL_VERSION,
  modelcompatiblewith: 'https://xregistry.io/xreg/domains/endpoint/specs/model.json',
  attributes: {
    // endpoint/spec.md §usage: "REQUIRED"; endpoint/model.json does not mark it required and
    // puts `enum` on the array, where core/model.md §enum allows it only on scalars.
    // Deviation: required, and the enum moved to the (scalar) item. Combinations are rules.
    usage: {
      type: 'array',
      description: 'Roles a client can take with this endpoint: subscriber, consumer or producer.',
      required: true,
      item: { type: 'string', enum: ENDPOINT_USAGES },
    },
    channel: { type: 'string', description: 'Correlates endpoints that serve one channel, e.g. a queue.' },
    // endpoint/model.json redefines the core `deprecated` object with a `docs` field where
    // core/spec.md §deprecated has `documentation`. Deviation: no redefinition; the core object
    // (documentation, and `*`, so `docs` still loads) applies as on every group.
    envelope: { type: 'string', description: 'Envelope of the messages, <SPEC>[/<VERSION>], e.g. CloudEvents/1.0.', ifvalues: endpointEnvelopeIfValues() },
    protocol: { type: 'string', description: 'Protocol of the endpoint and all its messages.', ifvalues: protocolIfValues(endpointProtocolOptions()) },
    messagegroups: {
      type: 'array',
      description: 'Message groups used by this endpoint: xids in this registry or absolute URIs.',
      // endpoint/spec.md §messagegroups: relative values are xids of message *groups*;
      // endpoint/model.json targets /messagegroups/messages. Deviation: target /messagegroups.
      item: { type: 'uri', target: '/messagegroups' },
    },
    '*': ANY_EXTENSION,
  },
  // Inline messages are the same Resource type as group messages (endpoint/model.json).
  ximportresources: ['/messagegroups/messages'],
};

/** Include of the message groups, as endpoint/model.json does with `$include`. */
export const MESSAGEGROUPS_INCLUDE = 'xregistry:message#/groups/messagegroups';

/** The Endpoint domain model: endpoints plus the message groups whose messages they import. */
export const endpointModelSource: DomainModelSource = {
  groups: {
    messagegroups: { $include: MESSAGEGROUPS_INCLUDE },
    endpoints: endpointGroupType,
  },
};
