import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { MANIFEST_FILE, parseManifest, renderSite, verifySite, type HostProfile, type SiteManifest, type VerifyFinding } from '@xrgit/export';
import { openRegistry } from '../registry/open-registry.js';
import { viewStateOf } from '../registry/view-state.js';
import { UsageError } from '../usage-error.js';
import { XRGIT_VERSION } from '../version.js';

async function readDeployedManifest(target: string): Promise<SiteManifest> {
  const isUrl = /^https?:\/\//.test(target);
  let text: string;
  try {
    if (isUrl) {
      const res = await fetch(new URL(MANIFEST_FILE, target.endsWith('/') ? target : `${target}/`), { signal: AbortSignal.timeout(30_000) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      text = await res.text();
    } else text = await readFile(join(target, MANIFEST_FILE), 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${MANIFEST_FILE} of ${target}: ${(e as Error).message}. Is it an xrgit build?`);
  }
  const manifest = parseManifest(text);
  if (!manifest) throw new UsageError(`${MANIFEST_FILE} of ${target} is not an xrgit manifest`);
  return manifest;
}

/**
 * `xrgit verify OUT|URL [--ref REV]`: rebuilds the static API of a commit in memory with the
 * options recorded in the deployed manifest (base URL, host profile, index file) and compares
 * every file, by sha256, with the directory or the deployed site. Exit 0 when identical, 1 on
 * differences.
 */
export function registerVerify(program: Command, out: (s: string) => void): void {
  program
    .command('verify')
    .description('Check a built directory or a deployed site against the static API of a commit.')
    .argument('<target>', 'output directory or site URL')
    .argument('[dir]', 'registry directory (default: from xrgit.yaml, else ./registry)')
    .option('--ref <rev>', 'the commit the site should show (default: the commit its manifest names)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (target: string, dir: string | undefined, opts: { ref?: string; format: 'text' | 'json' }) => {
      const manifest = await readDeployedManifest(target);
      const ref = opts.ref ?? manifest.commit;
      if (!ref) throw new UsageError('the manifest names no commit; give --ref');
      const opened = await openRegistry(dir, ref);
      if (!opened.loaded.commit) throw new UsageError('xrgit verify needs a git repository');
      const tree = renderSite(viewStateOf(opened.loaded, opened.formats), {
        baseUrl: manifest.baseUrl,
        profile: manifest.profile as HostProfile,
        commit: opened.loaded.commit,
        toolVersion: XRGIT_VERSION,
        ...(manifest.indexFile ? { indexFile: manifest.indexFile } : {}),
      });
      const findings: VerifyFinding[] = await verifySite(target, tree);
      if (opts.format === 'json') out(`${JSON.stringify({ commit: opened.loaded.commit, findings }, null, 2)}\n`);
      else {
        for (const f of findings) out(`${f.kind} ${f.path}${f.url ? ` (${f.url})` : ''}\n`);
        out(findings.length === 0 ? `${target} matches commit ${opened.loaded.commit.slice(0, 12)}\n` : `${findings.length} difference${findings.length === 1 ? '' : 's'} from commit ${opened.loaded.commit.slice(0, 12)}\n`);
      }
      process.exitCode = findings.length === 0 ? 0 : 1;
    });
}
