import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScriptedRepo, shallowClone } from '@xrgit/git';
import { runCli } from './run-cli.js';

const schema = (props: string[]): string => `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: Object.fromEntries(props.map((p) => [p, { type: 'string' }])) }, null, 2)}\n`;
const files = {
  'xrgit.yaml': 'registry: defs\n',
  'defs/registry.yaml': 'registryid: shop\nname: Shop\n',
  'defs/schemagroups/shop/schemas/Order.json': schema(['id']),
  'defs/messagegroups/shop.yaml': [
    'envelope: CloudEvents/1.0',
    'messages:',
    '  shop.OrderPlaced:',
    '    envelope: CloudEvents/1.0',
    '    envelopemetadata:',
    '      type: { value: shop.OrderPlaced }',
    '      source: { value: /shop }',
    '    dataschemaformat: JsonSchema/draft-07',
    '    dataschemauri: /schemagroups/shop/schemas/Order',
    '',
  ].join('\n'),
};

async function repo(extra: Array<Record<string, string | null>> = []): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'xrgit-cli-')), 'repo');
  await createScriptedRepo(dir, [
    { commit: { message: 'start', date: '2024-05-01T00:00:00Z', files } },
    ...extra.map((f, i) => ({ commit: { message: `change ${i}`, date: `2024-05-0${i + 2}T00:00:00Z`, files: f } })),
  ]);
  return dir;
}

describe('xrgit validate on a registry directory', () => {
  it('finds the registry through xrgit.yaml and reports no problems for a valid one', async () => {
    const dir = await repo([{ 'defs/schemagroups/shop/schemas/Order.json': schema(['id', 'total']) }]);
    const r = runCli(['validate'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('no problems\n');
    expect(r.code).toBe(0);
  });

  it('reports a problem in a YAML file with its path relative to the current directory, line and column', async () => {
    const dir = await repo();
    writeFileSync(join(dir, 'defs/messagegroups/shop.yaml'), `${files['defs/messagegroups/shop.yaml']}    colour: red\n`);
    const r = runCli(['validate', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string; file: string; line: number; column: number }> };
    expect(out.diagnostics.map((d) => [d.rule, d.file, d.line, d.column])).toEqual([['attribute/unknown', 'defs/messagegroups/shop.yaml', 10, 5]]);
  });

  it('validates the committed state with --ref, ignoring working-tree edits', async () => {
    const dir = await repo();
    writeFileSync(join(dir, 'defs/registry.yaml'), 'registryid: shop\nbogus: 1\n');
    expect(runCli(['validate'], dir).code).toBe(1);
    expect(runCli(['validate', '--ref', 'HEAD'], dir).code).toBe(0);
  });

  it('refuses a shallow clone with exit 2 and says how to fix it', async () => {
    const src = await repo([{ 'defs/schemagroups/shop/schemas/Order.json': schema(['id', 'total']) }]);
    const shallow = join(mkdtempSync(join(tmpdir(), 'xrgit-shallow-')), 'clone');
    await shallowClone(src, shallow, 1);
    const r = runCli(['validate'], shallow);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fetch-depth: 0');
    expect(r.stderr).not.toContain('    at ');
  });

  it('works outside git (no history: every resource has one version)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xrgit-nogit-'));
    expect(runCli(['init', dir]).code).toBe(0);
    const r = runCli(['validate'], dir);
    expect(r.stdout).toBe('no problems\n');
    expect(r.code).toBe(0);
  });

  it('says which directory is missing when there is no registry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xrgit-empty-'));
    const r = runCli(['validate'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no registry directory');
  });
});
