import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'xrgit-validate-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

const valid = {
  schemagroups: { 'com.example': { schemas: { Order: { versions: { '1': { format: 'JsonSchema/draft-07', schema: { type: 'object' } } } } } } },
  messagegroups: {
    'com.example': {
      envelope: 'CloudEvents/1.0',
      messages: {
        'com.example.OrderPlaced': {
          envelope: 'CloudEvents/1.0',
          envelopemetadata: { type: { value: 'com.example.OrderPlaced' }, source: { value: '/orders' } },
          dataschemaformat: 'JsonSchema/draft-07',
          dataschemauri: '/schemagroups/com.example/schemas/Order',
        },
      },
    },
  },
};

describe('xrgit validate FILE', () => {
  it('exits 0 and says "no problems" for a valid document', () => {
    const r = runCli(['validate', file('valid.xreg.json', valid)]);
    expect(r.stdout).toBe('no problems\n');
    expect(r.code).toBe(0);
  });

  it('exits 1 and prints file:line:col, severity and rule for an invalid document', () => {
    const bad = structuredClone(valid);
    (bad.messagegroups['com.example'].messages['com.example.OrderPlaced'] as Record<string, unknown>)['colour'] = 'red';
    const path = file('bad.xreg.json', bad);
    const r = runCli(['validate', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error attribute/unknown: Unknown attribute "colour"`, 'm'));
    expect(r.stdout).toMatch(/1 error, 0 warnings\n$/);
  });

  it('prints the documented JSON shape with --format json', () => {
    const path = file('bad.xreg.yaml', 'schemagroups:\n  g1:\n    schemas:\n      s1:\n        format: 42\n');
    const r = runCli(['validate', path, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual({
      diagnostics: [
        { rule: 'attribute/invalid-type', severity: 'error', message: expect.stringContaining('"format" must be a string'), xid: '/schemagroups/g1/schemas/s1/versions/1', file: path, line: 5, column: 9 },
      ],
      errors: 1,
      warnings: 0,
    });
  });

  it('reports a syntax error with its position and exits 1', () => {
    const r = runCli(['validate', file('broken.json', '{\n  "schemagroups": {\n}')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('source/parse-error');
  });

  it('validates against a model given with --model (a generic, non-CloudEvents model)', () => {
    const model = file('model.json', { groups: { dirs: { singular: 'dir', resources: { files: { singular: 'file' } } } } });
    const ok = runCli(['validate', file('dirs.json', { dirs: { d1: { files: { f1: { file: 'x' } } } } }), '--model', model]);
    expect(ok.code).toBe(0);
    const bad = runCli(['validate', file('dirs2.json', { dirs: { d1: { folders: {} } } }), '--model', model]);
    expect(bad.stdout).toContain('attribute/unknown');
    expect(bad.code).toBe(1);
  });

  it('exits 2 with one line and no stack trace for a missing file or an unknown option', () => {
    const missing = runCli(['validate', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`xrgit: no such file or directory: ${join(dir, 'nope.json')}\n`);
    const usage = runCli(['validate', file('v.json', valid), '--format', 'xml']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).not.toContain('    at ');
  });

  it.each([
    ['invalid UTF-8 (a lone continuation byte)', Buffer.concat([Buffer.from('{"schemagroups": {"g\u00e9'), Buffer.from([0x80]), Buffer.from('": {}}}')])],
    ['UTF-16LE with its byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(valid), 'utf16le')])],
    ['UTF-16BE with its byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(JSON.stringify(valid), 'utf16le').swap16()])],
  ])('reports %s as source/invalid-utf8 with the fix and exits 1', (name, bytes) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.xreg.json`);
    writeFileSync(path, bytes);
    const r = runCli(['validate', path, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: Array<Record<string, unknown>> };
    expect(out.diagnostics).toEqual([expect.objectContaining({ rule: 'source/invalid-utf8', file: path, message: expect.stringContaining('Re-save it as UTF-8') })]);
  });

  it('reports a --model file that is not UTF-8 as source/invalid-utf8', () => {
    const model = join(dir, 'latin1-model.json');
    writeFileSync(model, Buffer.from('{"groups": {"dirs": {"singular": "dir", "description": "caf\xe9"}}}', 'latin1'));
    const r = runCli(['validate', file('dirs3.json', { dirs: {} }), '--model', model, '--format', 'json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string; file: string }> }).diagnostics).toEqual([expect.objectContaining({ rule: 'source/invalid-utf8', file: model })]);
  });
});
