import { createRequire } from 'node:module';
import { formatFor } from '@xrgit/formats';
import { measure, ratioLine } from '../lib/measure.mjs';
import { seededRandom } from '../lib/seeded-random.mjs';

const require = createRequire(new URL('../../packages/formats/package.json', import.meta.url));
const Ajv = require('ajv').default;

function schemaPair(rand, i) {
  const properties = {};
  const n = 4 + Math.floor(rand() * 8);
  for (let k = 0; k < n; k++) properties[`f${k}`] = { type: ['string', 'integer', 'number', 'boolean'][k % 4], description: `field ${k}` };
  const old = { $schema: 'http://json-schema.org/draft-07/schema#', title: `S${i}`, type: 'object', properties, required: ['f0'], additionalProperties: false };
  const next = structuredClone(old);
  next.properties[`f${n}`] = { type: 'string', maxLength: 40 };
  return [old, next];
}

/**
 * Issue 5: validate N JSON Schemas (meta-schema validation, $schema agreement, keyword checks)
 * and compare N version pairs (backward), against the baseline of compiling the same schemas
 * with ajv alone, in the same run.
 */
export async function formatsWorkload({ quick }) {
  const n = quick ? 500 : 10_000;
  const rand = seededRandom(11);
  const pairs = Array.from({ length: n }, (_, i) => schemaPair(rand, i));
  const enc = new TextEncoder();
  const docs = pairs.map(([a, b]) => [enc.encode(JSON.stringify(a)), enc.encode(JSON.stringify(b))]);
  const module = formatFor('JsonSchema/draft-07');
  const baseline = await measure(() => {
    const ajv = new Ajv({ strict: false });
    for (const [a] of pairs) ajv.compile(a);
  }, { repeat: 2 });
  let invalid = 0;
  const validate = await measure(() => {
    invalid = 0;
    for (const [a] of docs) if (module.validate(a, 'JsonSchema/draft-07').some((f) => f.severity === 'error')) invalid++;
  }, { repeat: 2 });
  const verdicts = { compatible: 0, incompatible: 0, unknown: 0 };
  const compare = await measure(() => {
    for (const k of Object.keys(verdicts)) verdicts[k] = 0;
    for (const [a, b] of docs) verdicts[module.compare(a, b, 'backward', 'JsonSchema/draft-07').verdict]++;
  }, { repeat: 1, warmup: false });
  return {
    name: 'formats',
    lines: [
      ratioLine(`validate ${n} JSON Schemas`, validate, baseline, `${invalid} invalid; baseline = ajv.compile of each`),
      ratioLine(`compare ${n} JSON Schema version pairs`, compare, baseline, `${verdicts.compatible} compatible, ${verdicts.incompatible} incompatible, ${verdicts.unknown} unknown`),
    ],
    figures: { schemas: n, baselineMs: baseline.ms, validateMs: validate.ms, compareMs: compare.ms, validateRatio: validate.ms / baseline.ms, compareRatio: compare.ms / baseline.ms, verdicts, invalid },
  };
}
