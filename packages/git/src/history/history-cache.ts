import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentHash } from './content-hash.js';
import { HISTORY_FORMAT } from './derived-history.js';
import type { HistoryState } from './derive-history.js';

/** Where derived history is kept between builds, keyed by the registry directory. */
export interface HistoryCache {
  load(dir: string): Promise<HistoryState | undefined>;
  save(dir: string, state: HistoryState): Promise<void>;
}

interface CacheFile {
  format: number;
  tool: string;
  dir: string;
  state: HistoryState;
}

/**
 * A HistoryCache of JSON files in `cacheDir` (the CLI uses `.git/xrgit/` so nothing appears in
 * the working tree). A file written by another format or toolkit version is ignored. Writes go
 * to a temporary file renamed into place, so a crash never leaves a torn cache.
 */
export function fileHistoryCache(cacheDir: string, toolVersion: string): HistoryCache {
  const fileFor = (dir: string): string => join(cacheDir, `history-${contentHash(dir).slice(0, 16)}.json`);
  return {
    async load(dir) {
      try {
        const data = JSON.parse(await readFile(fileFor(dir), 'utf8')) as CacheFile;
        if (data.format !== HISTORY_FORMAT || data.tool !== toolVersion || data.dir !== dir) return undefined;
        return data.state;
      } catch {
        return undefined;
      }
    },
    async save(dir, state) {
      await mkdir(cacheDir, { recursive: true });
      const target = fileFor(dir);
      const tmp = `${target}.${process.pid}.tmp`;
      const data: CacheFile = { format: HISTORY_FORMAT, tool: toolVersion, dir, state };
      await writeFile(tmp, JSON.stringify(data));
      await rename(tmp, target);
    },
  };
}
