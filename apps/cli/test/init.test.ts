import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('xrgit init', () => {
  it('writes the starter registry, README, xrgit.yaml and CI workflow', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'xrgit-init-')), 'repo');
    const r = runCli(['init', dir]);
    expect(r.code).toBe(0);
    for (const f of ['xrgit.yaml', 'README.md', '.github/workflows/xrgit.yml', 'registry/registry.yaml', 'registry/schemagroups/com.example/schemas/Greeting.json']) {
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
    expect(readFileSync(join(dir, '.github/workflows/xrgit.yml'), 'utf8')).toContain('fetch-depth: 0');
  });

  it('refuses to overwrite existing files and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xrgit-init-'));
    expect(runCli(['init', dir]).code).toBe(0);
    const again = runCli(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('nothing was written');
  });
});
