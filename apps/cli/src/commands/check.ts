import { appendFile, writeFile } from 'node:fs/promises';
import { Diagnostics } from '@xrgit/core';
import type { LayoutDiagnostics } from '@xrgit/git';
import { Option, type Command } from 'commander';
import { renderCheckJson } from '../check/render-check-json.js';
import { renderCheckMarkdown } from '../check/render-check-markdown.js';
import { renderCheckText } from '../check/render-check-text.js';
import { renderGithub } from '../check/render-github.js';
import { renderSarif } from '../check/render-sarif.js';
import { RevisionFiles } from '../check/revision-files.js';
import { runCheck, type CheckReport } from '../check/run-check.js';
import { locateRegistry } from '../registry/open-registry.js';
import { UsageError } from '../usage-error.js';

type CheckFormat = 'text' | 'json' | 'sarif' | 'github' | 'markdown';

interface CheckCliOptions {
  base?: string;
  head?: string;
  format: CheckFormat;
  sarif?: string;
}

/** The environment variable that fixes "today" for waiver expiry (YYYY-MM-DD; tests, reproducible reruns). */
export const TODAY_ENV = 'XRGIT_TODAY';

function today(): string {
  const fixed = process.env[TODAY_ENV];
  if (fixed === undefined || fixed === '') return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new UsageError(`${TODAY_ENV} is "${fixed}", which is not a date; write it as YYYY-MM-DD, e.g. 2025-01-31.`);
  return fixed;
}

async function fileTexts(report: CheckReport, root: string): Promise<Map<string, string>> {
  const files = new RevisionFiles(root, report.head.ref === null ? undefined : report.head.commit, report.registry);
  const texts = new Map<string, string>();
  for (const f of report.findings) {
    if (f.file === undefined || f.line === undefined || texts.has(f.file)) continue;
    const text = await files.read(f.file);
    if (text !== undefined) texts.set(f.file, text);
  }
  return texts;
}

/**
 * `xrgit check [--base REV] [--head REV] [DIR]`: the pull-request gate (docs/ci.md). Exit 0 when
 * no unwaived error remains, 1 when one does, 2 on usage or environment errors (unknown
 * revision, shallow clone, not a repository).
 */
export function registerCheck(program: Command, out: (s: string) => void): void {
  program
    .command('check')
    .description('Check a change of the registry (a pull request): validate the head, diff base → head, apply the contract rules and each changed schema\'s declared compatibility, apply waivers.yaml, and report. Exit 0 pass, 1 errors, 2 usage or environment error.')
    .argument('[dir]', 'registry directory (default: from xrgit.yaml, else ./registry)')
    .option('--base <rev>', 'the revision the change is compared with (default: HEAD, checking the working tree)')
    .option('--head <rev>', 'the revision to check (default: the working tree)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif', 'github', 'markdown']).default('text'))
    .option('--sarif <file>', 'also write the SARIF 2.1.0 report to FILE')
    .action(async (dir: string | undefined, opts: CheckCliOptions) => {
      const location = await locateRegistry(dir, new Diagnostics<string>() as LayoutDiagnostics);
      const report = await runCheck(location, { base: opts.base ?? 'HEAD', ...(opts.head !== undefined ? { head: opts.head } : {}), today: today() });
      if (opts.format === 'text') out(renderCheckText(report, await fileTexts(report, location.repoRoot!)));
      else if (opts.format === 'json') out(renderCheckJson(report));
      else if (opts.format === 'sarif') out(renderSarif(report));
      else if (opts.format === 'github') out(renderGithub(report));
      else out(renderCheckMarkdown(report));
      if (opts.sarif !== undefined) await writeFile(opts.sarif, renderSarif(report));
      const summary = process.env['GITHUB_STEP_SUMMARY'];
      if (summary && (opts.format === 'github' || opts.format === 'markdown')) await appendFile(summary, renderCheckMarkdown(report));
      process.exitCode = report.summary.passed ? 0 : 1;
    });
}
