import type { DomainModelSource } from './model-source-types.js';
import { ANY_EXTENSION, MODEL_VERSION } from './model-source-types.js';

/**
 * Document types of schema documents that are text, not JSON. schema/model.json has no typemap,
 * so by core/model.md §typemap only `application/json`, `*+json` (json) and `text/plain`
 * (string) are known and a conforming server serves Protobuf and XSD documents as
 * `schemabase64`. Deviation: XML and every `text/*` type are strings, so `.proto`, `.xsd` and
 * `.xml` documents appear readable under `schema`. (`text/*` also matches `text/x+json`, which then
 * maps to both json and string and so to binary, per core/model.md; no schema format uses it.)
 */
export const SCHEMA_TYPEMAP = {
  'application/xml': 'string',
  '*+xml': 'string',
  'text/*': 'string',
} as const;

/** The Schema Registry domain model (schema/spec.md, schema/model.json). */
export const schemaModelSource: DomainModelSource = {
  groups: {
    schemagroups: {
      plural: 'schemagroups',
      singular: 'schemagroup',
      description: 'A group of schemas, possibly of different formats.',
      modelversion: MODEL_VERSION,
      modelcompatiblewith: 'https://xregistry.io/xreg/domains/schema/specs/model.json',
      attributes: {
        format: { type: 'string', description: 'When set, the format every schema version of this group has.' },
        '*': ANY_EXTENSION,
      },
      constraints: { 'schemas.format': { equals: 'format' } },
      resources: {
        schemas: {
          plural: 'schemas',
          singular: 'schema',
          description: 'A schema document with its versions.',
          modelversion: MODEL_VERSION,
          modelcompatiblewith: 'https://xregistry.io/xreg/domains/schema/specs/model.json',
          validateformat: true,
          validatecompatibility: true,
          strictvalidation: false,
          typemap: SCHEMA_TYPEMAP,
          attributes: {
            format: {
              type: 'string',
              description: 'Schema format as <NAME>/<VERSION>, e.g. JsonSchema/draft-07, Avro/1.11.0, Protobuf/3, XSD/1.1; the same in every version.',
              required: true,
              matchversions: true,
            },
            '*': ANY_EXTENSION,
          },
        },
      },
    },
  },
};
