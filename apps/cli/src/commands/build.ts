import { Option, type Command } from 'commander';
import { HOST_PROFILES, renderSite, writeSite, type HostProfile } from '@xrgit/export';
import { openRegistry } from '../registry/open-registry.js';
import { viewStateOf } from '../registry/view-state.js';
import { renderText } from '../report/render-text.js';
import { UsageError } from '../usage-error.js';
import { XRGIT_VERSION } from '../version.js';

interface BuildOptions {
  out: string;
  baseUrl: string;
  host: HostProfile;
  ref: string;
  indexFile?: string;
  incremental: boolean;
}

/**
 * `xrgit build [DIR] --out OUT --base-url URL [--host PROFILE] [--ref REV]`: writes the static
 * xRegistry API of the registry at a commit (docs/hosting.md). Refuses to build a registry with
 * errors; the output appears complete or not at all.
 */
export function registerBuild(program: Command, out: (s: string) => void): void {
  program
    .command('build')
    .description('Build the static xRegistry HTTP API of the registry at a commit (a No-Code server for GitHub Pages, nginx, Netlify/Cloudflare, xr serve or S3).')
    .argument('[dir]', 'registry directory (default: from xrgit.yaml, else ./registry)')
    .requiredOption('--out <dir>', 'output directory (replaced atomically)')
    .requiredOption('--base-url <url>', 'absolute URL the site is served at; every self and *url is under it')
    .addOption(new Option('--host <profile>', 'static host profile').choices([...HOST_PROFILES]).default('pages'))
    .option('--ref <rev>', 'the commit to build', 'HEAD')
    .option('--index-file <name>', 'index file name of directories (default: the profile\'s, index.html or index.json)')
    .option('--no-incremental', 'rewrite every file instead of only the changed ones')
    .action(async (dir: string | undefined, opts: BuildOptions) => {
      const opened = await openRegistry(dir, opts.ref);
      if (!opened.location.repoRoot || !opened.loaded.commit) throw new UsageError('xrgit build needs a git repository with at least one commit: versions, epochs and timestamps come from history (git init && git add -A && git commit).');
      if (opened.diagnostics.hasErrors()) {
        out(renderText(opened.diagnostics.items));
        out('nothing was built: fix the errors first\n');
        process.exitCode = 1;
        return;
      }
      const tree = renderSite(viewStateOf(opened.loaded, opened.formats), {
        baseUrl: opts.baseUrl,
        profile: opts.host,
        commit: opened.loaded.commit,
        toolVersion: XRGIT_VERSION,
        ...(opts.indexFile ? { indexFile: opts.indexFile } : {}),
      });
      const result = await writeSite(tree, opts.out, { incremental: opts.incremental });
      const warnings = opened.diagnostics.warningCount;
      out(`built ${tree.size} files for ${opts.host} from ${opened.loaded.commit.slice(0, 12)} into ${opts.out}: ${result.written} written, ${result.unchanged} unchanged, ${result.removed} removed${warnings ? `; ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}\n`);
    });
}
