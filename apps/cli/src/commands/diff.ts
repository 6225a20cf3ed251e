import { existsSync, statSync } from 'node:fs';
import { Diagnostics } from '@xrgit/core';
import type { LayoutDiagnostics } from '@xrgit/git';
import { Option, type Command } from 'commander';
import { compareRevisions } from '../check/compare-revisions.js';
import { renderChangelogMarkdown } from '../check/render-changelog-markdown.js';
import { renderChangelogText } from '../check/render-changelog-text.js';
import { changelogJson, CHECK_JSON_VERSION } from '../check/render-check-json.js';
import { describeRevision } from '../check/render-check-text.js';
import { locateRegistry } from '../registry/open-registry.js';

interface DiffOptions {
  format: 'text' | 'json' | 'markdown';
}

/**
 * Splits `REV_A [REV_B] [DIR]`: with two arguments the second is DIR when it is an existing
 * directory (then REV_B is the working tree), else REV_B.
 */
export function diffArguments(args: readonly string[]): { base: string; head?: string; dir?: string } {
  const [base, second, third] = args as [string, string?, string?];
  if (third !== undefined) return { base, ...(second !== undefined ? { head: second } : {}), dir: third };
  if (second !== undefined && existsSync(second) && statSync(second).isDirectory()) return { base, dir: second };
  return { base, ...(second !== undefined ? { head: second } : {}) };
}

/**
 * `xrgit diff REV_A [REV_B] [DIR]`: the registry changelog between two revisions (REV_B omitted =
 * the working tree). Exit 0 whatever changed; 2 on usage or environment errors.
 */
export function registerDiff(program: Command, out: (s: string) => void): void {
  program
    .command('diff')
    .description('Print the registry changelog between two revisions (REV_B omitted: the working tree): groups, resources and versions added, removed and changed, deprecations, compatibility verdicts of new versions, and the messages and endpoints each schema change affects.')
    .argument('<rev-a>', 'the old revision')
    .argument('[rev-b]', 'the new revision (default: the working tree)')
    .argument('[dir]', 'registry directory (default: from xrgit.yaml, else ./registry)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .action(async (revA: string, revB: string | undefined, dirArg: string | undefined, opts: DiffOptions) => {
      const { base, head, dir } = diffArguments([revA, ...(revB !== undefined ? [revB] : []), ...(dirArg !== undefined ? [dirArg] : [])]);
      const location = await locateRegistry(dir, new Diagnostics<string>() as LayoutDiagnostics);
      const cmp = await compareRevisions(location, head !== undefined ? { base, head } : { base });
      const from = describeRevision(base, cmp.base.commit);
      const to = describeRevision(head ?? null, cmp.head.loaded.commit);
      if (opts.format === 'json') {
        out(`${JSON.stringify({ version: CHECK_JSON_VERSION, registry: location.dir, base: { ref: base, commit: cmp.base.commit }, head: { ref: head ?? null, commit: cmp.head.loaded.commit }, changelog: changelogJson(cmp.changelog) }, null, 2)}\n`);
      } else if (opts.format === 'markdown') {
        out(`## Registry changelog\n\n${from} → ${to}\n\n${renderChangelogMarkdown(cmp.changelog).join('\n')}\n`);
      } else {
        out(`registry ${location.dir || '.'}: ${from} → ${to}\n${renderChangelogText(cmp.changelog).join('\n')}\n`);
      }
    });
}
