import type { AttributeSource, IfValuesSource } from './model-source-types.js';
import { ANY_EXTENSION } from './model-source-types.js';
import { propertyDefinition, propertyItem } from './property-definition.js';

/** The one envelope the message spec defines (message/spec.md §Metadata Envelopes). */
export const CLOUDEVENTS_ENVELOPE = 'CloudEvents/1.0';

const ceSpec = 'https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/spec.md';
const str = (description: string): AttributeSource => ({ type: 'string', description });

/**
 * `envelopeoptions` for CloudEvents/1.0, shared by messages and endpoints (message/model.json,
 * endpoint/spec.md §envelopeoptions). `format` with `mode: binary` is a rule, not a model check.
 */
export function cloudEventsEnvelopeOptions(): AttributeSource {
  return {
    type: 'object',
    description: 'How CloudEvents are carried: binary or structured mode and the structured format.',
    attributes: {
      mode: { type: 'string', description: 'CloudEvents mode; absent means either.', enum: ['binary', 'structured'] },
      format: str('Media type of the structured-mode event format, e.g. application/cloudevents+json.'),
      '*': ANY_EXTENSION,
    },
  };
}

/**
 * `envelopemetadata` for CloudEvents/1.0: one property definition per context attribute, written
 * directly (message/model.json and the rc4 samples), not under the `attributes` wrapper that the
 * prose shows (spec-domains-digest Appendix A.3; the rule layer explains the wrapper).
 */
export function cloudEventsEnvelopeMetadata(): AttributeSource {
  const fixedString = { type: 'string' as const, description: 'Constant value or URI template with {placeholders}.' };
  return {
    type: 'object',
    description: 'Constraints on the CloudEvents context attributes of this message.',
    attributes: {
      // Deviation: `type` gets required + default "string" like the other attributes (the prose
      // default type, message/spec.md §type); message/model.json has only the enum.
      specversion: propertyDefinition({
        description: `CloudEvents specversion (${ceSpec}#specversion); implied, and "1.0" if declared.`,
        types: ['string'],
        defaultType: 'string',
        value: { type: 'string', description: 'Always "1.0".', enum: ['1.0'] },
        alwaysRequired: true,
      }),
      id: propertyDefinition({ description: `CloudEvents id (${ceSpec}#id); always required, a value SHOULD NOT be set.`, types: ['uritemplate', 'string'], defaultType: 'string', value: fixedString, alwaysRequired: true }),
      type: propertyDefinition({ description: `CloudEvents type (${ceSpec}#type); always required.`, defaultType: 'string', value: fixedString, alwaysRequired: true }),
      // message/spec.md §CloudEvents/1.0: "the source type uri MAY be changed to uritemplate".
      // Deviation: the model's strict enum [uritemplate, string] forbids `uri`; we add it.
      source: propertyDefinition({ description: `CloudEvents source (${ceSpec}#source-1); always required.`, types: ['uritemplate', 'uri', 'string'], defaultType: 'uritemplate', value: fixedString, alwaysRequired: true }),
      // message/spec.md §CloudEvents/1.0: subject's type is `string` and "MAY be constrained to
      // a uri"; its example declares `"type": "uri"`. Deviation from message/model.json (default
      // uritemplate, strict enum [uritemplate, string]): default string, `uri` allowed.
      subject: propertyDefinition({ description: `CloudEvents subject (${ceSpec}#subject).`, types: ['string', 'uritemplate', 'uri'], defaultType: 'string', value: fixedString }),
      // The prose default of `time.value` ("0000-01-01T00:00:00Z", meaning now) is not modelled:
      // a default needs `required: true`, which would write the sentinel into every declaration.
      // Readers treat an absent value as now (docs/models.md, docs/domain-rules.md).
      time: propertyDefinition({ description: `CloudEvents time (${ceSpec}#time); an absent value means the time of sending.`, types: ['timestamp'], defaultType: 'timestamp', value: { type: 'string', description: 'RFC 3339 timestamp; 0000-01-01T00:00:00Z means the time of sending.' } }),
      dataschema: propertyDefinition({ description: `CloudEvents dataschema (${ceSpec}#dataschema); equals the message's dataschemauri when declared.`, defaultType: 'uritemplate', value: { type: 'uritemplate', description: 'The schema URI.' } }),
      datacontenttype: propertyDefinition({ description: `CloudEvents datacontenttype (${ceSpec}#datacontenttype); agrees with the message's datacontenttype.`, defaultType: 'string', value: fixedString }),
      // Extension context attributes: the prose gives `value: <ANY>` (message/spec.md), the model
      // types it string. Deviation: `any`, so integer and boolean extensions can carry a value.
      '*': { type: 'object', description: 'A CloudEvents extension context attribute.', attributes: propertyItem({ defaultType: 'string' }).attributes },
    },
  };
}

/** `ifvalues` of a message's `envelope`: what CloudEvents/1.0 adds beside it. */
export function messageEnvelopeIfValues(): IfValuesSource {
  return {
    [CLOUDEVENTS_ENVELOPE]: {
      siblingattributes: { envelopemetadata: cloudEventsEnvelopeMetadata(), envelopeoptions: cloudEventsEnvelopeOptions() },
    },
  };
}

/** `ifvalues` of an endpoint's `envelope`. */
export function endpointEnvelopeIfValues(): IfValuesSource {
  return { [CLOUDEVENTS_ENVELOPE]: { siblingattributes: { envelopeoptions: cloudEventsEnvelopeOptions() } } };
}
