import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScriptedRepo, loadRegistry } from '../../src/index.js';

const S = 'registry/schemagroups/g/schemas';
const doc = (title: string): string => `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', title, type: 'object' })}\n`;

describe('the working tree as a pending commit on HEAD', () => {
  it('turns an uncommitted document change into a pending next version, leaving committed versions as they are', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'xrgit-pending-')), 'repo');
    await createScriptedRepo(dir, [
      { commit: { message: 'v1', date: '2024-04-01T00:00:00Z', files: { [`${S}/Order.json`]: doc('one') } } },
      { commit: { message: 'v2', date: '2024-04-02T00:00:00Z', files: { [`${S}/Order.json`]: doc('two') } } },
    ]);
    writeFileSync(join(dir, `${S}/Order.json`), doc('three'));
    writeFileSync(join(dir, `${S}/New.json`), doc('new'));
    const loaded = await loadRegistry({ repoRoot: dir, dir: 'registry', now: () => '2024-04-09T00:00:00Z' });
    const schemas = loaded.registry.groups.get('schemagroups')!.get('g')!.resources.get('schemas')!;
    const order = schemas.get('Order')!;
    expect([...order.versions.keys()]).toEqual(['1', '2', '3']);
    expect(order.versions.get('3')!.attributes['ancestorid']).toBe('2');
    expect(new TextDecoder().decode(order.versions.get('2')!.document)).toBe(doc('two'));
    expect([...schemas.get('New')!.versions.keys()]).toEqual(['1']);
    expect([...loaded.pending].sort()).toEqual(['/schemagroups/g/schemas/New/versions/1', '/schemagroups/g/schemas/Order/versions/3']);
    expect(loaded.times('/schemagroups/g/schemas/Order/versions/3')).toEqual({ epoch: 1, createdat: '2024-04-09T00:00:00Z', modifiedat: '2024-04-09T00:00:00Z' });
    const committed = await loadRegistry({ repoRoot: dir, dir: 'registry', ref: 'HEAD' });
    expect([...committed.registry.groups.get('schemagroups')!.get('g')!.resources.get('schemas')!.get('Order')!.versions.keys()]).toEqual(['1', '2']);
  });
});
