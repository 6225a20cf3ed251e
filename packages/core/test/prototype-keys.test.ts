import { describe, expect, it } from 'vitest';
import { validateText } from './helpers/fixtures.js';

// Ids and attribute names are user input; names of Object.prototype members must be plain names.
describe('names of Object.prototype members are ordinary names', () => {
  const codesOf = (doc: unknown): string[] => validateText(JSON.stringify(doc)).items.map((d) => d.code).sort();

  it.each([
    ['__proto__', 'attribute/unknown'],
    ['constructor', 'attribute/unknown'],
    ['toString', 'attribute/invalid-name'],
  ])('"%s" as a registry attribute is reported (%s), not a crash or a prototype change', (name, code) => {
    expect(codesOf(JSON.parse(`{ "registryid": "r1", ${JSON.stringify(name)}: { "dirs": { "evil": {} } } }`))).toEqual([code]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('"%s" as a group collection name is not taken for a group type', (name) => {
    expect(codesOf(JSON.parse(`{ "registryid": "r1", ${JSON.stringify(name)}: {} }`))).toEqual(['attribute/unknown']);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('"%s" as a group id, a resource id and an attribute of a version', (name) => {
    const n = JSON.stringify(name);
    expect(codesOf(JSON.parse(`{ "registryid": "r1", "dirs": { ${n}: { "files": { ${n}: { "versions": { "1": { ${n}: 1 } } } } } } }`))).toEqual(['attribute/unknown']);
  });
});
