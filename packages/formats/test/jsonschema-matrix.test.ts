import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { jsonSchemaModule, type Verdict } from '../src/index.js';
import { fixture } from './load-fixture.js';

const FORMAT = 'JsonSchema/draft-07';

/**
 * The content-model matrix (docs/compatibility.md §JSON Schema): property `x-note`
 * ({"type": "string", "maxLength": 80}) added or removed, optional or required, in an open
 * model (no additionalProperties), a closed one (additionalProperties: false) and a partially
 * open one (closed, plus patternProperties "^x-": {"type": "string"}, which covers x-note).
 * Expected results are reasoned from the definitions: backward = old ⊆ new, forward = new ⊆ old.
 */
const matrix: Array<[string, 'backward' | 'forward', 'compatible' | string[]]> = [
  ['property-added-optional-open', 'backward', ['jsonschema/property-added-to-open-model']],
  ['property-added-optional-open', 'forward', 'compatible'],
  ['property-added-optional-closed', 'backward', 'compatible'],
  ['property-added-optional-closed', 'forward', ['jsonschema/property-added-to-closed-model']],
  ['property-added-optional-partially-open', 'backward', ['jsonschema/property-added-to-partially-open-model']],
  ['property-added-optional-partially-open', 'forward', 'compatible'],
  ['property-added-required-open', 'backward', ['jsonschema/property-added-to-open-model', 'jsonschema/required-added']],
  ['property-added-required-open', 'forward', 'compatible'],
  ['property-added-required-closed', 'backward', ['jsonschema/required-added']],
  ['property-added-required-closed', 'forward', ['jsonschema/property-added-to-closed-model']],
  ['property-added-required-partially-open', 'backward', ['jsonschema/property-added-to-partially-open-model', 'jsonschema/required-added']],
  ['property-added-required-partially-open', 'forward', 'compatible'],
  ['property-removed-optional-open', 'backward', 'compatible'],
  ['property-removed-optional-open', 'forward', ['jsonschema/property-removed-from-open-model']],
  ['property-removed-optional-closed', 'backward', ['jsonschema/property-removed-from-closed-model']],
  ['property-removed-optional-closed', 'forward', 'compatible'],
  ['property-removed-optional-partially-open', 'backward', 'compatible'],
  ['property-removed-optional-partially-open', 'forward', ['jsonschema/property-removed-from-partially-open-model']],
  ['property-removed-required-open', 'backward', 'compatible'],
  ['property-removed-required-open', 'forward', ['jsonschema/property-removed-from-open-model', 'jsonschema/required-removed']],
  ['property-removed-required-closed', 'backward', ['jsonschema/property-removed-from-closed-model']],
  ['property-removed-required-closed', 'forward', ['jsonschema/required-removed']],
  ['property-removed-required-partially-open', 'backward', 'compatible'],
  ['property-removed-required-partially-open', 'forward', ['jsonschema/property-removed-from-partially-open-model', 'jsonschema/required-removed']],
];

function validator(doc: Uint8Array): (v: unknown) => boolean {
  const ajv = new Ajv.default({ strict: false });
  addFormats.default(ajv);
  const v = ajv.compile(JSON.parse(new TextDecoder().decode(doc)) as object);
  return (x) => v(x) as boolean;
}

function codes(v: Verdict): 'compatible' | string[] | Verdict {
  if (v.verdict === 'compatible') return 'compatible';
  if (v.verdict === 'incompatible') return v.findings.map((f) => f.code).sort();
  return v;
}

describe('JSON Schema content-model matrix', () => {
  it.each(matrix)('%s is %s: %j', (name, direction, expected) => {
    const oldDoc = fixture('jsonschema', `${name}/old.json`);
    const newDoc = fixture('jsonschema', `${name}/new.json`);
    const result = jsonSchemaModule.compare(oldDoc, newDoc, direction, FORMAT);
    expect(codes(result)).toEqual(expected);
    if (result.verdict !== 'incompatible') return;
    const accepts = { old: validator(oldDoc), new: validator(newDoc) };
    for (const f of result.findings) {
      // Every finding of the matrix has a counterexample, and it really separates the versions.
      expect(f.counterexample && 'value' in f.counterexample).toBe(true);
      if (!f.counterexample || !('value' in f.counterexample)) continue;
      const other = f.counterexample.acceptedBy === 'old' ? 'new' : 'old';
      expect(accepts[f.counterexample.acceptedBy](f.counterexample.value)).toBe(true);
      expect(accepts[other](f.counterexample.value)).toBe(false);
    }
  });
});
