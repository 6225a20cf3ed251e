import type { FormatModule, Verdict } from '../format-module.js';
import { decodeJson } from '../decode-document.js';
import { jsonEqual } from '../json-equal.js';
import { validateJsonStructure } from './validate-jsonstructure.js';

/** JSON Structure (JsonStructure/draft-04): structural validation of the core keywords; compatibility is unknown unless unchanged. */
export const jsonStructureModule: FormatModule = {
  id: 'jsonstructure',
  patterns: ['jsonstructure/draft-04'],
  matches: (format) => /^jsonstructure\/draft-0?4$/i.test(format.trim()),
  validate: (doc) => validateJsonStructure(doc),
  compare(oldDoc, newDoc): Verdict {
    const o = decodeJson(oldDoc);
    const n = decodeJson(newDoc);
    if (o.ok && n.ok && jsonEqual(o.value, n.value)) return { verdict: 'compatible' };
    return { verdict: 'unknown', reason: 'JSON Structure compatibility is not checked yet (only unchanged documents are known to be compatible)' };
  },
};
