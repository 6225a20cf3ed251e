import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveHistory, fileHistoryCache, openGitStore } from '@xrgit/git';
import { measure, ratioLine } from '../lib/measure.mjs';
import { createHistoryRepo } from '../lib/history-repo.mjs';

/**
 * Issue 3: derive history for a repository of N resources and M commits, with both backends,
 * against the baseline of `git log --first-parent --name-status` on the same repository; and the
 * incremental case (one new commit after a cached derivation).
 */
export async function historyWorkload({ quick }) {
  const resources = quick ? 300 : 10_000;
  const commits = quick ? 600 : 20_000;
  const dir = join(mkdtempSync(join(tmpdir(), 'xrgit-bench-history-')), 'repo');
  createHistoryRepo(dir, { resources, commits });
  const baseline = await measure(() => execFileSync('git', ['log', '--first-parent', '--name-status', '--format=%H %ct', 'main'], { cwd: dir, maxBuffer: 1 << 30 }), { repeat: 3 });
  const lines = [];
  const figures = { resources, commits, baselineMs: baseline.ms };
  for (const backend of ['git-cli', 'isomorphic-git']) {
    const store = await openGitStore(dir, { backend });
    try {
      let versions = 0;
      const cold = await measure(async () => {
        const r = await deriveHistory(store, 'main', { dir: 'registry' });
        versions = Object.values(r.state.history.resources).reduce((n, res) => n + res.versions.length, 0);
      }, { repeat: backend === 'git-cli' ? 2 : 1, warmup: false });
      lines.push(ratioLine(`history ${backend}: ${resources} resources, ${commits} commits`, cold, baseline, `${versions} versions, peak +${cold.peakMiB.toFixed(0)} MiB`));
      const cache = fileHistoryCache(mkdtempSync(join(tmpdir(), 'xrgit-bench-cache-')), 'bench');
      await deriveHistory(store, 'main~1', { dir: 'registry', cache });
      let read = 0;
      const incremental = await measure(async () => {
        await deriveHistory(store, 'main~1', { dir: 'registry', cache });
        const r = await deriveHistory(store, 'main', { dir: 'registry', cache });
        read = r.commitsRead;
      }, { repeat: 2, warmup: false });
      lines.push(ratioLine(`history ${backend}: incremental, 1 new commit`, incremental, baseline, `${read} commit read`));
      figures[backend] = { coldMs: cold.ms, coldRatio: cold.ms / baseline.ms, peakMiB: cold.peakMiB, incrementalMs: incremental.ms, versions };
    } finally {
      await store.close();
    }
  }
  return { name: 'history', lines, figures };
}
