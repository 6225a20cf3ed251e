import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '../src/check/check-catalogue.js';
import { codeFrame } from '../src/check/code-frame.js';
import { fingerprintOf, type Finding } from '../src/check/finding.js';
import { refTarget } from '../src/check/ref-target.js';
import { applyWaivers, parseWaivers } from '../src/check/waivers.js';

const CI_DOC = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'ci.md'), 'utf8');

describe('the rule table of xrgit check', () => {
  for (const [id, spec] of Object.entries(checkCatalogue)) {
    it(`documents ${id} in docs/ci.md with its severity`, () => {
      expect(CI_DOC).toContain(`| \`${id}\` | ${spec.severity} |`);
    });
  }
  it('uses kebab-case ids under contract/ and waiver/ and messages that end with a fix', () => {
    for (const [id, spec] of Object.entries(checkCatalogue)) {
      expect(id).toMatch(/^(contract|waiver)\/[a-z]+(-[a-z]+)*$/);
      expect(spec.message.trim().endsWith('.')).toBe(true);
    }
  });
});

describe('fingerprints', () => {
  it('depend on rule, subject and what changed, and nothing else', () => {
    const a = fingerprintOf('contract/message-type-changed', '/messagegroups/g/messages/m', ['A', 'B']);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintOf('contract/message-type-changed', '/messagegroups/g/messages/m', ['A', 'B'])).toBe(a);
    expect(fingerprintOf('contract/message-type-changed', '/messagegroups/g/messages/m', ['A', 'C'])).not.toBe(a);
    expect(fingerprintOf('contract/message-source-changed', '/messagegroups/g/messages/m', ['A', 'B'])).not.toBe(a);
  });
});

function finding(fingerprint: string): Finding {
  return { rule: 'jsonschema/required-added', severity: 'error', source: 'compatibility', xid: '/s/g/schemas/x/versions/2', args: {}, fingerprint };
}

describe('waivers', () => {
  const yaml = ['- fingerprint: 00112233445566aa', '  reason: accepted', '  approvedBy: alice', '  expires: 2025-12-31', '- fingerprint: 00112233445566bb', '  reason: old', '  approvedBy: bob', '  expires: 2025-01-31', '- fingerprint: nothex', '  reason: r', '  approvedBy: c', ''].join('\n');

  it('reports malformed entries at their line', () => {
    const file = parseWaivers('registry/waivers.yaml', yaml);
    expect(file.waivers.map((w) => [w.fingerprint, w.line])).toEqual([['00112233445566aa', 1], ['00112233445566bb', 5]]);
    expect(file.problems.map((p) => [p.rule, p.line])).toEqual([['waiver/invalid', 9]]);
  });

  it('waives matching findings, fails expired ones and warns about unused ones', () => {
    const findings = [finding('00112233445566aa'), finding('00112233445566bb')];
    const outcome = applyWaivers(findings, parseWaivers('registry/waivers.yaml', yaml), '2025-06-01');
    expect(findings[0]!.waived).toEqual({ reason: 'accepted', approvedBy: 'alice', expires: '2025-12-31' });
    expect(findings[1]!.waived).toBeUndefined();
    expect(outcome.used.map((w) => w.fingerprint)).toEqual(['00112233445566aa']);
    expect(outcome.findings.map((f) => [f.rule, f.severity, f.line])).toEqual([['waiver/expired', 'error', 5]]);
  });

  it('applies a waiver through its expiry day and reports unmatched waivers as unused', () => {
    const outcome = applyWaivers([], parseWaivers('w.yaml', yaml), '2025-12-31');
    expect(outcome.findings.map((f) => [f.rule, f.severity])).toEqual([['waiver/unused', 'warning'], ['waiver/unused', 'warning']]);
    const kept = [finding('00112233445566aa')];
    applyWaivers(kept, parseWaivers('w.yaml', yaml), '2025-12-31');
    expect(kept[0]!.waived).toBeDefined();
  });
});

describe('reference targets', () => {
  const known = new Set(['/schemagroups/g/schemas/s', '/schemagroups/g/schemas/s/versions/2', '/messagegroups/m']);
  const cases: Array<[string, string | undefined]> = [
    ['/schemagroups/g/schemas/s', '/schemagroups/g/schemas/s'],
    ['schemagroups/g/schemas/s/versions/2', '/schemagroups/g/schemas/s/versions/2'],
    ['https://example.com/reg/schemagroups/g/schemas/s/versions/2', '/schemagroups/g/schemas/s/versions/2'],
    ['https://example.com/reg/schemagroups/g/schemas/s$details', '/schemagroups/g/schemas/s'],
    ['/messagegroups/m/', '/messagegroups/m'],
    ['/schemagroups/g/schemas/other', undefined],
  ];
  for (const [ref, target] of cases) it(`resolves ${ref} to ${String(target)}`, () => expect(refTarget(ref, (x) => known.has(x))).toBe(target));
});

describe('code frames', () => {
  it('show the line with a caret under the column', () => {
    expect(codeFrame('a: 1\n  type: x\n', 2, 3)).toEqual(['2 |   type: x', '  |   ^']);
    expect(codeFrame('a\n', 5)).toEqual([]);
  });
});

describe('Markdown escaping of registry text', () => {
  it('shows HTML from descriptions as text in table cells and paragraphs', async () => {
    const { cell, escapeHtml } = await import('../src/check/render-changelog-markdown.js');
    expect(cell('<script>alert(1)</script> | x')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; \\| x');
    expect(escapeHtml('a <img src=x onerror=alert(1)> & b')).toBe('a &lt;img src=x onerror=alert(1)&gt; &amp; b');
  });
});
