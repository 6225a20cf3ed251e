import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScriptedRepo, type ScriptStep, type ScriptedRepo } from '../src/index.js';

/** Bytes that are not valid UTF-8, to prove blobs round-trip as bytes. */
export const BINARY = new Uint8Array([0, 1, 2, 0xfe, 0xff, 0x0a, 0x80]);

/**
 * A history with every kind of change: adds in nested directories, a modify, a delete, a rename,
 * a side branch merged with --no-ff, a commit outside `registry/`, an annotated tag.
 * Commits, in step order: 0 add, 1 modify+delete, 2 side (feature), 3 rename, 4 merge, 5 readme.
 */
export const HISTORY: readonly ScriptStep[] = [
  { commit: { message: 'Add schemas', date: '2024-01-02T03:04:05Z', files: { 'README.md': 'readme\n', 'registry/a.json': '{"v":1}\n', 'registry/sub/deep/b.json': 'b1\n', 'registry/bin.dat': BINARY } } },
  { commit: { message: 'Modify a, delete b', date: '2024-01-03T00:00:00+01:00', files: { 'registry/a.json': '{"v":2}\n', 'registry/sub/deep/b.json': null } } },
  { branch: 'feature' },
  { commit: { message: 'Side work', date: '2024-01-04T00:00:00Z', files: { 'registry/c.json': 'c\n' } } },
  { checkout: 'main' },
  { rename: ['registry/a.json', 'registry/renamed.json'] },
  { commit: { message: 'Rename a', date: '2024-01-05T00:00:00Z' } },
  { merge: 'feature', message: 'Merge feature', date: '2024-01-06T00:00:00Z' },
  { commit: { message: 'Touch the readme\n\nOnly outside the registry.', date: '2024-01-07T00:00:00-05:00', files: { 'README.md': 'readme 2\n' } } },
  { tag: 'v1', message: 'Release 1' },
];

/** A fresh temporary directory. */
export function tempDir(name: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `xrgit-git-${name}-`));
}

/** Builds {@link HISTORY} in a fresh temporary directory. */
export async function buildHistory(): Promise<ScriptedRepo> {
  return createScriptedRepo(join(await tempDir('history'), 'repo'), HISTORY);
}
