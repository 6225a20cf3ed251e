import Ajv, { type AnySchema } from 'ajv';
import Ajv2019 from 'ajv/dist/2019.js';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** The JSON Schema drafts that xRegistry names (schema/spec.md §Formats). */
export type Draft = 'draft-07' | '2019-09' | '2020-12';

/** The meta-schema URI of each draft, as ajv registers it. */
export const META_SCHEMA: Record<Draft, string> = {
  'draft-07': 'http://json-schema.org/draft-07/schema',
  '2019-09': 'https://json-schema.org/draft/2019-09/schema',
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
};

/** The draft a `format` value names (JsonSchema/draft-07, JsonSchema/draft/2019-09, JsonSchema/draft/2020-12), or undefined. */
export function draftOfFormat(format: string): Draft | undefined {
  const m = /^jsonschema\/(?:draft[-/]?)?(07|7|2019-09|2020-12)$/i.exec(format.trim());
  if (!m) return undefined;
  return m[1] === '07' || m[1] === '7' ? 'draft-07' : (m[1] as Draft);
}

/** The draft a `$schema` URI names, or undefined for an unknown URI. Trailing `#` and http/https are ignored. */
export function draftOfSchemaUri(uri: string): Draft | undefined {
  const u = uri.replace(/#$/, '').replace(/^https?:\/\//, '');
  if (u === 'json-schema.org/draft-07/schema') return 'draft-07';
  if (u === 'json-schema.org/draft/2019-09/schema') return '2019-09';
  if (u === 'json-schema.org/draft/2020-12/schema') return '2020-12';
  return undefined;
}

/** The ajv class of a draft. */
type AjvInstance = InstanceType<typeof Ajv.default>;

/**
 * A fresh ajv instance for `draft`: strict mode off (unknown keywords are reported by our own
 * walk, as warnings), all errors, formats validated with ajv-formats (so `format` is treated as an
 * assertion in every draft, and the compatibility check treats it the same way).
 */
export function newAjv(draft: Draft): AjvInstance {
  const options = { strict: false, allErrors: true, validateFormats: true, validateSchema: false, addUsedSchema: false } as const;
  const ajv: AjvInstance = draft === 'draft-07' ? new Ajv.default(options) : draft === '2019-09' ? new Ajv2019.default(options) : new Ajv2020.default(options);
  addFormats.default(ajv);
  return ajv;
}

const shared = new Map<Draft, AjvInstance>();

/**
 * One long-lived ajv instance per draft, for work that leaves nothing behind (meta-schema
 * validation, compile checks that remove what they add): creating an instance compiles the
 * meta-schemas again, which costs more than validating a typical schema.
 */
export function sharedAjv(draft: Draft): AjvInstance {
  let ajv = shared.get(draft);
  if (!ajv) {
    ajv = newAjv(draft);
    shared.set(draft, ajv);
  }
  return ajv;
}

export type { AjvInstance, AnySchema };

/** Keywords each draft defines, assertion and annotation alike; anything else is reported as unknown. */
const COMMON = ['$schema', '$id', '$ref', '$comment', 'title', 'description', 'default', 'examples', 'readOnly', 'writeOnly', 'type', 'enum', 'const', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern', 'items', 'maxItems', 'minItems', 'uniqueItems', 'contains', 'maxProperties', 'minProperties', 'required', 'properties', 'patternProperties', 'additionalProperties', 'propertyNames', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'format', 'contentMediaType', 'contentEncoding'];
export const KNOWN_KEYWORDS: Record<Draft, ReadonlySet<string>> = {
  'draft-07': new Set([...COMMON, 'definitions', 'additionalItems', 'dependencies']),
  '2019-09': new Set([...COMMON, 'definitions', '$defs', '$anchor', '$recursiveRef', '$recursiveAnchor', '$vocabulary', 'additionalItems', 'unevaluatedItems', 'unevaluatedProperties', 'dependentRequired', 'dependentSchemas', 'maxContains', 'minContains', 'deprecated', 'contentSchema', 'dependencies']),
  '2020-12': new Set([...COMMON, 'definitions', '$defs', '$anchor', '$dynamicRef', '$dynamicAnchor', '$vocabulary', 'prefixItems', 'unevaluatedItems', 'unevaluatedProperties', 'dependentRequired', 'dependentSchemas', 'maxContains', 'minContains', 'deprecated', 'contentSchema', 'dependencies']),
};

/** Keywords whose value is one subschema, a list of subschemas, or a map of subschemas. */
export const SUBSCHEMA_KEYWORDS = {
  single: ['additionalProperties', 'propertyNames', 'contains', 'not', 'if', 'then', 'else', 'additionalItems', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema'],
  list: ['allOf', 'anyOf', 'oneOf', 'prefixItems'],
  map: ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas'],
} as const;
