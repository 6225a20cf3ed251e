import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseBackend, createLargeRepo, createScriptedRepo, GitError, openGitStore } from '../src/index.js';
import { HISTORY, buildHistory, tempDir } from './history-fixture.js';

describe('createScriptedRepo', () => {
  it('gives the same commit ids every time it runs the same script', async () => {
    const [a, b] = await Promise.all([buildHistory(), buildHistory()]);
    expect(a.commits).toHaveLength(6);
    expect(a.commits).toEqual(b.commits);
  });

  it('refuses a merge whose paths conflict unless the step resolves them', async () => {
    const steps = [
      { commit: { message: 'Base', files: { 'x.json': '0' } } },
      { branch: 'side' },
      { commit: { message: 'Side', files: { 'x.json': '1' } } },
      { checkout: 'main' },
      { commit: { message: 'Main', files: { 'x.json': '2' } } },
    ] as const;
    await expect(createScriptedRepo(join(await tempDir('conflict'), 'r'), [...steps, { merge: 'side' }])).rejects.toThrow(/conflicts on x\.json/);
    const repo = await createScriptedRepo(join(await tempDir('resolved'), 'r'), [...steps, { merge: 'side', files: { 'x.json': '3' } }]);
    expect(repo.commits).toHaveLength(4);
  });

  it('checks out the branch the script ends on', async () => {
    const repo = await createScriptedRepo(join(await tempDir('checkout'), 'r'), [...HISTORY, { branch: 'next' }]);
    const store = await openGitStore(repo.dir);
    expect(await store.resolveRef('HEAD')).toBe(repo.commits[5]);
    await store.close();
  });
});

describe('createLargeRepo', () => {
  it('builds a linear history both backends read alike', async () => {
    const dir = join(await tempDir('large'), 'r');
    const tip = await createLargeRepo(dir, { commits: 300, filesPerCommit: 2, files: 50 });
    const logs = await Promise.all(
      (['git-cli', 'isomorphic-git'] as const).map(async (backend) => {
        const store = await openGitStore(dir, { backend });
        const log = await store.firstParentLog(tip, { dir: 'registry/d3' });
        await store.close();
        return log;
      }),
    );
    expect(logs[0]).toHaveLength(300);
    expect(logs[0]).toEqual(logs[1]);
  });
});

describe('chooseBackend', () => {
  afterEach(() => {
    delete process.env.XRGIT_GIT_BACKEND;
  });

  it('takes the git binary for auto when it is installed', async () => {
    expect(await chooseBackend('auto')).toBe('git-cli');
  });

  it('lets XRGIT_GIT_BACKEND override auto but not an explicit choice', async () => {
    process.env.XRGIT_GIT_BACKEND = 'isomorphic-git';
    expect(await chooseBackend()).toBe('isomorphic-git');
    expect(await chooseBackend('git-cli')).toBe('git-cli');
  });

  it('rejects an unknown backend name with invalid-backend', async () => {
    process.env.XRGIT_GIT_BACKEND = 'libgit2';
    const error = await chooseBackend().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect(error).toMatchObject({ code: 'invalid-backend', data: { value: 'libgit2', source: 'XRGIT_GIT_BACKEND' } });
  });
});
