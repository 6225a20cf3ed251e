import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { RegistryNode } from '../entities/registry-node.js';
import type { Model } from '../model/model-types.js';
import { checkBaseMessages } from './basemessage-rules.js';
import { checkFormatNames } from './check-format-names.js';
import { checkCloudEventsAttributes } from './cloudevents-attribute-rules.js';
import { checkCredentials } from './credential-rules.js';
import { checkDataSchemas } from './dataschema-rules.js';
import { checkEndpointAddresses } from './endpoint-address-rules.js';
import { checkEndpointMessages } from './endpoint-message-rules.js';
import { checkEndpointOptionNames } from './endpoint-option-names-rules.js';
import { checkEndpointProtocolOptions } from './endpoint-protocol-option-rules.js';
import { checkEndpointUsage } from './endpoint-usage-rules.js';
import { checkEnvelopeOptions } from './envelope-options-rules.js';
import { checkMessageEnvelopes } from './message-envelope-rules.js';
import { checkMessageOptions } from './message-option-rules.js';
import { checkWillMessages } from './reference-rules.js';

/** The domain checks, in the order their diagnostics are reported. */
const CHECKS = [
  checkFormatNames,
  checkBaseMessages,
  checkMessageEnvelopes,
  checkMessageOptions,
  checkCloudEventsAttributes,
  checkDataSchemas,
  checkEndpointUsage,
  checkEndpointOptionNames,
  checkEndpointAddresses,
  checkEndpointProtocolOptions,
  checkCredentials,
  checkEnvelopeOptions,
  checkEndpointMessages,
  checkWillMessages,
] as const;

/**
 * Runs the domain rules that the spec states in prose but the models do not enforce
 * (docs/domain-rules.md), after model validation, on the authored entities. Each rule applies
 * only where the model has the group and resource types it is about, so a registry with a
 * custom model is not held to the CloudEvents domains. Rules skip values of the wrong type (the
 * attribute validator reports those) and never throw.
 */
export function validateDomains(registry: RegistryNode, model: Model, diagnostics: Diagnostics): void {
  for (const check of CHECKS) check(registry, model, diagnostics);
}
