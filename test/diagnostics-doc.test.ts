import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('docs/diagnostics.md', () => {
  it('is generated from the current catalogues', () => {
    const r = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'gen-diagnostics.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
