import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderSite, writeSite, type SiteTree } from '../src/index.js';
import { fixtureState, registryDocument } from './fixture-state.js';

const site = (): SiteTree => renderSite(fixtureState(registryDocument()), { baseUrl: 'https://example.com/', profile: 'nginx', commit: 'a'.repeat(40), toolVersion: '0.0.0' });

/** A pid that is certainly not running: a child that has already exited. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('writeSite after an interrupted build', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'xrgit-recovery-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('removes the temporary siblings of builds whose process is gone, and keeps those of running ones', async () => {
    const out = join(dir, 'site');
    await writeSite(site(), out);
    const dead = `.site.xrgit-tmp-${deadPid()}-0badf00d`;
    const live = `.site.xrgit-tmp-${process.pid}-0000cafe`;
    for (const name of [dead, live]) {
      await mkdir(join(dir, name));
      await writeFile(join(dir, name, 'half'), 'x');
    }
    await writeSite(site(), out);
    expect((await readdir(dir)).sort()).toEqual([live, 'site'].sort());
  });

  it('moves the previous output back when a build was killed between its two renames', async () => {
    const out = join(dir, 'site');
    await writeSite(site(), out);
    const pid = deadPid();
    await rename(out, join(dir, `.site.xrgit-old-${pid}-12345678`));
    await mkdir(join(dir, `.site.xrgit-tmp-${pid}-12345678`));
    const result = await writeSite(site(), out);
    expect(result.written).toBe(0);
    expect(await readdir(dir)).toEqual(['site']);
  });
});
