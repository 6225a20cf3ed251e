import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh directory under the OS temp dir, readable by nginx workers (which may run as another user). */
export async function makeTempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `xrgit-e2e-${prefix}-`));
  await chmod(dir, 0o755);
  return dir;
}

/** Removes a directory made by {@link makeTempDir} unless `KEEP` is set (to inspect it). */
export async function removeTempDir(dir: string | undefined): Promise<void> {
  if (dir && !process.env['KEEP']) await rm(dir, { recursive: true, force: true });
}
