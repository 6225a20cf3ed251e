import { buildRegistryModel } from '@xrgit/core';
import { describe, expect, it } from 'vitest';
import { capabilitiesOffered, staticCapabilities } from '../src/index.js';

describe('static capabilities', () => {
  const model = buildRegistryModel(undefined).model;
  const caps = staticCapabilities(model, { formats: ['jsonschema/draft-07', 'avro/1.11'], compatibilities: { 'jsonschema/draft-07': ['forward', 'backward'] } });

  it('list every served API as immutable and no flags, pagination or shortself', () => {
    expect(caps).toEqual({
      available: {
        capabilities: { mutable: false },
        capabilitiesoffered: { mutable: false },
        entities: { mutable: false },
        export: { mutable: false },
        model: { mutable: false },
        modelsource: { mutable: false },
      },
      compatibilities: { 'jsonschema/draft-07': ['backward', 'forward'] },
      flags: [],
      formats: ['avro/1.11', 'jsonschema/draft-07'],
      ignores: [],
      pagination: false,
      shortself: false,
      specversions: ['1.0-rc4'],
      versionmodes: ['manual'],
    });
  });

  it('offer exactly the published values', () => {
    const offered = capabilitiesOffered(caps);
    expect(offered['pagination']).toEqual({ type: 'boolean', enum: [false] });
    expect(offered['flags']).toEqual({ type: 'array', item: { type: 'string' }, enum: [] });
    expect((offered['available'] as { attributes: Record<string, unknown> }).attributes['entities']).toEqual({ type: 'object', attributes: { mutable: { type: 'boolean', enum: [false] } } });
  });
});
