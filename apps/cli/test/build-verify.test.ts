import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScriptedRepo } from '@xrgit/git';
import { runCli } from './run-cli.js';

const schema = (props: string[]): string => `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: Object.fromEntries(props.map((p) => [p, { type: 'string' }])) }, null, 2)}\n`;

async function shop(): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'xrgit-build-')), 'repo');
  await createScriptedRepo(dir, [
    { commit: { message: 'start', date: '2024-05-01T00:00:00Z', files: { 'registry/registry.yaml': 'registryid: shop\n', 'registry/schemagroups/shop/schemas/Order.json': schema(['id']) } } },
    { commit: { message: 'v2', date: '2024-05-02T12:00:00Z', files: { 'registry/schemagroups/shop/schemas/Order.json': schema(['id', 'total']) } } },
  ]);
  return dir;
}

describe('xrgit build and xrgit verify', () => {
  it('builds the static API of HEAD with history-derived versions, then verifies it', async () => {
    const repo = await shop();
    const out = join(repo, '..', 'site');
    const r = runCli(['build', '--out', out, '--base-url', 'https://reg.example/shop/', '--host', 'pages'], repo);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^built \d+ files for pages from [0-9a-f]{12} into /);
    const versions = JSON.parse(readFileSync(join(out, 'schemagroups/shop/schemas/Order/versions/index.html'), 'utf8')) as Record<string, { createdat: string; ancestorid: string; self: string }>;
    expect(Object.keys(versions)).toEqual(['1', '2']);
    expect(versions['2']).toMatchObject({ ancestorid: '1', createdat: '2024-05-02T12:00:00Z', self: 'https://reg.example/shop/schemagroups/shop/schemas/Order/versions/2$details' });
    expect(existsSync(join(out, '.nojekyll'))).toBe(true);
    expect(runCli(['verify', out], repo).code).toBe(0);
    appendFileSync(join(out, 'model'), ' ');
    const tampered = runCli(['verify', out], repo);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain('changed model');
  });

  it('refuses to build a registry with errors, writes nothing and exits 1', async () => {
    const repo = await shop();
    const out = join(repo, '..', 'site');
    appendFileSync(join(repo, 'registry/registry.yaml'), 'bogus: 1\n');
    runCliCommit(repo);
    const r = runCli(['build', '--out', out, '--base-url', 'https://reg.example/'], repo);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('attribute/unknown');
    expect(existsSync(out)).toBe(false);
  });

  it('needs --out and --base-url (exit 2)', async () => {
    const repo = await shop();
    expect(runCli(['build'], repo).code).toBe(2);
  });
});

function runCliCommit(repo: string): void {
  // Commit the working-tree edit with a fixed identity and date, as the scripted repositories do.
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x', GIT_AUTHOR_DATE: '2024-05-03T00:00:00Z', GIT_COMMITTER_DATE: '2024-05-03T00:00:00Z' };
  const git = (args: string[]): void => {
    const r = spawnSync('git', args, { cwd: repo, env });
    if (r.status !== 0) throw new Error(r.stderr.toString());
  };
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'break']);
}
