import { readdirSync } from 'node:fs';
import { renderMessage, ruleSpec } from '@xrgit/core';
import { describe, expect, it } from 'vitest';
import { formatFor, type CompatFinding } from '../src/index.js';
import { fixture } from './load-fixture.js';

const FORMATS: Record<string, [string, string]> = { jsonschema: ['JsonSchema/draft-07', 'json'], avro: ['Avro/1.11', 'avsc'], protobuf: ['Protobuf/3', 'proto'], xsd: ['XSD/1.0', 'xsd'] };
const DRAFT_2020 = new Set(['prefix-items-added', 'ref-introduced-same-meaning']);
const PROTO2 = new Set(['optional-made-required', 'required-made-optional']);

function formatOf(dir: string, name: string): string {
  if (dir === 'jsonschema' && DRAFT_2020.has(name)) return 'JsonSchema/draft/2020-12';
  if (dir === 'protobuf' && PROTO2.has(name)) return 'Protobuf/2';
  return FORMATS[dir]![0];
}

/** Every finding that any fixture pair produces, in both directions. */
function allFindings(): Array<[string, CompatFinding]> {
  const out: Array<[string, CompatFinding]> = [];
  for (const [dir, [, ext]] of Object.entries(FORMATS)) {
    for (const name of readdirSync(new URL(`./fixtures/${dir}`, import.meta.url))) {
      const format = formatOf(dir, name);
      for (const direction of ['backward', 'forward'] as const) {
        const v = formatFor(format)!.compare(fixture(dir, `${name}/old.${ext}`), fixture(dir, `${name}/new.${ext}`), direction, format);
        if (v.verdict === 'incompatible') for (const f of v.findings) out.push([`${dir}/${name} ${direction}`, f]);
      }
    }
  }
  return out;
}

describe('rendered compatibility findings', () => {
  it('every placeholder of a finding\'s message is filled from its args', () => {
    const findings = allFindings();
    expect(findings.length).toBeGreaterThan(50);
    for (const [where, f] of findings) {
      const placeholders = [...ruleSpec(f.code).message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      for (const p of placeholders) expect(f.args[p], `${where}: ${f.code} lacks {${p}}`).toBeDefined();
      expect(renderMessage({ code: f.code, severity: 'error', args: f.args, location: { pointer: f.pointer } })).not.toMatch(/\{\w+\}/);
    }
  });
});
