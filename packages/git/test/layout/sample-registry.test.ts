import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { Diagnostics, validateRegistry } from '@xrgit/core';
import { commitSnapshot, createScriptedRepo, loadLayout, openGitStore, workingTreeSnapshot } from '../../src/index.js';
import { tempDir } from '../history-fixture.js';
import { versionsOf } from './memory-snapshot.js';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

async function listFiles(dir: string, prefix = ''): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {};
  for (const e of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, await listFiles(dir, rel));
    else out[rel] = new Uint8Array(await readFile(join(dir, rel)));
  }
  return out;
}

describe('the sample registry', () => {
  test('loads into the groups, resources and versions of docs/layout.md §16 and validates without errors', async () => {
    const loaded = await loadLayout(await workingTreeSnapshot(REPO, 'registry'));
    expect(loaded.diagnostics.items).toEqual([]);
    const tree = [...loaded.registry.groups].map(([plural, groups]) => [plural, [...groups.values()].map((g) => [g.id, [...g.resources].map(([rp, rs]) => [rp, [...rs.values()].map((r) => [r.id, [...r.versions.keys()]])])])]);
    expect(tree).toEqual([
      ['endpoints', [['cloudyhq-notify-store', []], ['cloudyhq-scan', []]]],
      ['messagegroups', [
        ['CloudyHQ.Factory', [['messages', [['CloudyHQ.Factory.Arrive', ['1']], ['CloudyHQ.Factory.Depart', ['1']]]]]],
        ['CloudyHQ.Store', [['messages', [['CloudyHQ.Store.Arrive', ['1']], ['CloudyHQ.Store.Depart', ['1']]]]]],
      ]],
      ['schemagroups', [['CloudyHQ', [['schemas', [['PackageTracking', ['1', '2']], ['PackageTrackingAvro', ['1']]]]]]]],
    ]);
    expect(loaded.registry.attributes['registryid']).toBe('cloudyhq');
    expect([...loaded.historyResources]).toEqual(['/schemagroups/CloudyHQ/schemas/PackageTrackingAvro']);
    const versions = versionsOf(loaded.registry);
    expect(versions['/schemagroups/CloudyHQ/schemas/PackageTrackingAvro/versions/1']).toMatchObject({ format: 'Avro/1.11', contenttype: 'application/json' });
    expect(versions['/schemagroups/CloudyHQ/schemas/PackageTracking/versions/2']).toMatchObject({ name: 'PackageTracking', labels: { change: 'add-weight' }, format: 'JsonSchema/draft/2020-12', contenttype: 'application/schema+json' });
    expect(loaded.registry.groups.get('schemagroups')!.get('CloudyHQ')!.resources.get('schemas')!.get('PackageTracking')!.meta).toEqual({ compatibility: 'backward' });
    const validation = validateRegistry(loaded.registry, loaded.model, new Diagnostics());
    expect(validation.items.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('a commit of a scripted repository gives the same tree as the working tree', async () => {
    const files = await listFiles(join(REPO, 'registry'));
    const dir = await tempDir('layout');
    const repo = await createScriptedRepo(dir, [{ commit: { message: 'Add the sample', date: '2024-01-02T03:04:05Z', files: Object.fromEntries(Object.entries(files).map(([p, b]) => [`registry/${p}`, b])) } }]);
    const store = await openGitStore(dir);
    try {
      const fromCommit = await loadLayout(await commitSnapshot(store, repo.commits[0]!, 'registry'));
      const fromTree = await loadLayout(await workingTreeSnapshot(REPO, 'registry'));
      expect(fromCommit.registry).toEqual(fromTree.registry);
      expect(fromCommit.historyResources).toEqual(fromTree.historyResources);
      expect(fromCommit.diagnostics.items).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
