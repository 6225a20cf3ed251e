import { describe, expect, it } from 'vitest';
import { formatFor, formatModules, supportedFormats, type FormatModule } from '../src/index.js';
import { bytes } from './load-fixture.js';

/** A minimal valid document and a format value for each module: the conformance suite every module runs. */
const samples: Record<FormatModule['id'], { format: string; doc: string }> = {
  jsonschema: { format: 'JsonSchema/draft-07', doc: '{"$schema": "http://json-schema.org/draft-07/schema#", "type": "object"}' },
  avro: { format: 'Avro/1.11.0', doc: '{"type": "record", "name": "R", "fields": [{"name": "a", "type": "int"}]}' },
  protobuf: { format: 'Protobuf/3', doc: 'syntax = "proto3";\nmessage M { int32 a = 1; }\n' },
  xsd: { format: 'XSD/1.1', doc: '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="a"/></xs:schema>' },
  jsonstructure: { format: 'JsonStructure/draft-04', doc: '{"$schema": "https://json-structure.org/meta/core/v0/#", "$id": "https://example.com/a", "name": "A", "type": "string"}' },
};

const garbage = [new Uint8Array([0xff, 0xfe, 0x00]), bytes(''), bytes('{'), bytes('<<<'), bytes('null')];

describe.each(formatModules().map((m) => [m.id, m] as const))('format module %s', (id, module) => {
  const { format, doc } = samples[id];

  it('handles its own format value, also in other letter case', () => {
    expect(module.matches(format)).toBe(true);
    expect(formatFor(format.toUpperCase())).toBe(module);
  });

  it('accepts a minimal valid document without findings', () => {
    expect(module.validate(bytes(doc), format)).toEqual([]);
  });

  it('reports bad bytes as error findings and never throws', () => {
    for (const g of garbage) {
      const findings = module.validate(g, format);
      expect(findings.some((f) => f.severity === 'error')).toBe(true);
    }
  });

  it('finds a document compatible with itself in both directions', () => {
    expect(module.compare(bytes(doc), bytes(doc), 'backward', format)).toEqual({ verdict: 'compatible' });
    expect(module.compare(bytes(doc), bytes(doc), 'forward', format)).toEqual({ verdict: 'compatible' });
  });

  it('answers unknown, not compatible, when a version cannot be read', () => {
    for (const g of garbage) expect(module.compare(g, bytes(doc), 'backward', format).verdict).toBe('unknown');
  });

  it('advertises lowercase patterns', () => {
    for (const p of module.patterns) expect(p).toBe(p.toLowerCase());
  });
});

describe('supportedFormats', () => {
  it('lists every pattern of every module, sorted', () => {
    expect(supportedFormats()).toEqual(['avro/*', 'jsonschema/draft-07', 'jsonschema/draft/2019-09', 'jsonschema/draft/2020-12', 'jsonstructure/draft-04', 'protobuf/2', 'protobuf/3', 'xsd/1.0', 'xsd/1.1']);
  });
});
