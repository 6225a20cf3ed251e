import { describe, expect, test } from 'vitest';
import { Diagnostics, type DiagnosticCode } from '@xrgit/core';
import { readXrgitConfig, type LayoutCode } from '../../src/index.js';
import { findings } from './memory-snapshot.js';

const cases: Array<{ name: string; text: string; registry: string; expected: string[] }> = [
  { name: 'an empty file keeps the default registry directory', text: '', registry: 'registry', expected: [] },
  { name: 'registry names the directory and $schema is ignored', text: '$schema: x\nregistry: defs/\n', registry: 'defs', expected: [] },
  { name: 'a registry outside the repository is refused and the default kept', text: 'registry: ../x\n', registry: 'registry', expected: ['config/invalid-value xrgit.yaml:1:1'] },
  { name: 'an unknown key is an error at its position', text: 'registry: r\nregistri: s\n', registry: 'r', expected: ['config/unknown-key xrgit.yaml:2:1'] },
];

describe('readXrgitConfig', () => {
  test.each(cases)('$name', ({ text, registry, expected }) => {
    const diagnostics = new Diagnostics<LayoutCode | DiagnosticCode>();
    expect(readXrgitConfig(text, 'xrgit.yaml', diagnostics).registry).toBe(registry);
    expect(findings(diagnostics)).toEqual(expected);
  });
});
