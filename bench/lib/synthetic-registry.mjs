import { pick, seededRandom } from './seeded-random.mjs';

const TYPES = ['string', 'integer', 'number', 'boolean'];

/** A realistic JSON Schema (draft-07) with `n` properties. */
function jsonSchema(rand, name, version) {
  const properties = {};
  const count = 4 + Math.floor(rand() * 8) + version;
  for (let i = 0; i < count; i++) properties[`field${i}`] = { type: pick(rand, TYPES), description: `Field ${i} of ${name}` };
  return { $schema: 'http://json-schema.org/draft-07/schema#', title: name, type: 'object', properties, required: ['field0'], additionalProperties: false };
}

/**
 * An xRegistry document with `groups` schema groups holding `resources` schemas in total, each
 * with `versions` versions, and one message group per schema group whose messages reference the
 * schemas. Seeded: the same arguments give the same document.
 */
export function syntheticRegistry({ resources = 10_000, versions = 5, groups = 100, seed = 42 } = {}) {
  const rand = seededRandom(seed);
  const schemagroups = {};
  const messagegroups = {};
  const perGroup = Math.ceil(resources / groups);
  let made = 0;
  for (let g = 0; g < groups && made < resources; g++) {
    const gid = `com.example.domain${g}`;
    const schemas = {};
    const messages = {};
    for (let r = 0; r < perGroup && made < resources; r++, made++) {
      const sid = `Event${r}`;
      const vs = {};
      for (let v = 1; v <= versions; v++) vs[String(v)] = { format: 'JsonSchema/draft-07', schema: jsonSchema(rand, sid, v), createdat: `2024-01-${String(v).padStart(2, '0')}T00:00:00Z` };
      schemas[sid] = { meta: { compatibility: 'backward' }, versions: vs };
      messages[`${gid}.${sid}`] = {
        envelope: 'CloudEvents/1.0',
        envelopemetadata: { type: { value: `${gid}.${sid}` }, source: { value: `https://example.com/${gid}/{id}` } },
        dataschemaformat: 'JsonSchema/draft-07',
        dataschemauri: `/schemagroups/${gid}/schemas/${sid}`,
      };
    }
    schemagroups[gid] = { schemas };
    messagegroups[gid] = { envelope: 'CloudEvents/1.0', messages };
  }
  return { registryid: 'bench', schemagroups, messagegroups };
}
