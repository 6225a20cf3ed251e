import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, ratioLine } from '../lib/measure.mjs';
import { createHistoryRepo } from '../lib/history-repo.mjs';

const CLI = new URL('../../apps/cli/dist/bin.js', import.meta.url).pathname;
const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'b@x.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'b@x.invalid', GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z' };

/**
 * A pull request on the history repository: branch `pr` changes `changed` schemas (one new
 * property each, a new history-derived version) and declares `meta.compatibility: backward` for
 * them, so every change is diffed, compatibility-checked and reported.
 */
function createPullRequest(dir, resources, changed) {
  execFileSync('git', ['checkout', '--quiet', '-b', 'pr'], { cwd: dir });
  const step = Math.floor(resources / changed);
  for (let k = 0; k < changed; k++) {
    const n = k * step;
    const path = join(dir, `registry/schemagroups/g${Math.floor(n / 100)}/schemas/Event${n}`);
    const schema = JSON.parse(readFileSync(`${path}.json`, 'utf8'));
    schema.properties.added = { type: 'string' };
    writeFileSync(`${path}.json`, `${JSON.stringify(schema, null, 2)}\n`);
    writeFileSync(`${path}.details.yaml`, 'meta:\n  compatibility: backward\n');
  }
  execFileSync('git', ['add', '-A'], { cwd: dir });
  execFileSync('git', ['commit', '--quiet', '-m', 'pull request'], { cwd: dir, env: GIT_ENV });
}

/**
 * Issue 6: `xrgit check --base main --head pr --format json` (the CLI as a process) on a
 * repository of N resources where the pull request changes 100 schemas, against the baseline of
 * `git diff --name-status main pr` on the same repository in the same run.
 */
export async function checkWorkload({ quick }) {
  const resources = quick ? 500 : 10_000;
  const changed = 100;
  const dir = join(mkdtempSync(join(tmpdir(), 'xrgit-bench-check-')), 'repo');
  createHistoryRepo(dir, { resources, commits: Math.ceil(resources / 100) });
  createPullRequest(dir, resources, changed);
  const baseline = await measure(() => execFileSync('git', ['diff', '--name-status', 'main', 'pr'], { cwd: dir }), { repeat: 3 });
  let findings = 0;
  let entries = 0;
  const result = await measure(() => {
    const r = spawnSync(process.execPath, [CLI, 'check', '--base', 'main', '--head', 'pr', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`xrgit check exited ${r.status}: ${r.stderr}`);
    const report = JSON.parse(r.stdout);
    findings = report.findings.length;
    entries = report.changelog.length;
  }, { repeat: quick ? 1 : 2 });
  return {
    name: 'check',
    lines: [ratioLine(`check ${resources} resources, ${changed} changed`, result, baseline, `${entries} changelog entries, ${findings} findings`)],
    figures: { resources, changed, ms: result.ms, baselineMs: baseline.ms, ratio: result.ms / baseline.ms, findings, changelogEntries: entries },
  };
}
