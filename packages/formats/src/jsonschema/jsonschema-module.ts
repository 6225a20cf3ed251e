import type { FormatModule } from '../format-module.js';
import { compareJsonSchema } from './compare-jsonschema.js';
import { draftOfFormat } from './drafts.js';
import { validateJsonSchema } from './validate-jsonschema.js';

/** JSON Schema draft-07, 2019-09 and 2020-12 (schema/spec.md §Formats). */
export const jsonSchemaModule: FormatModule = {
  id: 'jsonschema',
  patterns: ['jsonschema/draft-07', 'jsonschema/draft/2019-09', 'jsonschema/draft/2020-12'],
  matches: (format) => draftOfFormat(format) !== undefined,
  validate: validateJsonSchema,
  compare: compareJsonSchema,
};
