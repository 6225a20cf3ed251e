import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The nginx binary, if one is installed. */
export const NGINX: string | undefined =
  ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p)) ?? (spawnSync('sh', ['-c', 'command -v nginx']).stdout?.toString().trim() || undefined);

/**
 * True when the nginx tests must be skipped: nginx is missing and this is not CI. In CI
 * (`CI` set) a missing nginx is a failure, see {@link requireNginx}.
 */
export const SKIP_NGINX = NGINX === undefined && !process.env['CI'];

/** The nginx binary. @throws Error saying how to install it (CI installs nginx-light). */
export function requireNginx(): string {
  if (NGINX === undefined) throw new Error('nginx is not installed, but CI is set and the e2e tests need a real nginx: install it (apt-get install -y nginx-light) or unset CI to skip these tests locally.');
  return NGINX;
}

/** A running nginx. */
export interface RunningNginx {
  base: string;
  stop(): Promise<void>;
}

/**
 * Serves a site built with `--host nginx` with a real nginx on 127.0.0.1:`port`, using the
 * site's generated `nginx/site.conf` as docs/hosting.md says: the placeholder root replaced by
 * `root` (the document root: the site itself is `root` + the base URL's path) and `listen` by
 * the test port. Runtime files go to `workDir`.
 */
export async function startNginx(siteDir: string, workDir: string, port: number, root = siteDir): Promise<RunningNginx> {
  const nginx = requireNginx();
  await mkdir(join(workDir, 'tmp'), { recursive: true });
  const site = (await readFile(join(siteDir, 'nginx', 'site.conf'), 'utf8')).replaceAll('/srv/xrgit', root).replace(/listen 80;/, `listen 127.0.0.1:${port};`);
  await writeFile(join(workDir, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${workDir}/tmp;`).join(' ');
  const conf = ['daemon off;', 'worker_processes 1;', `pid ${workDir}/nginx.pid;`, `error_log ${workDir}/error.log;`, 'events { worker_connections 128; }', `http { access_log off; ${temp} include ${workDir}/site.conf; }`, ''].join('\n');
  await writeFile(join(workDir, 'nginx.conf'), conf);
  const check = spawnSync(nginx, ['-t', '-p', workDir, '-c', join(workDir, 'nginx.conf')]);
  if (check.status !== 0) throw new Error(`nginx -t rejected the generated configuration:\n${check.stderr.toString()}`);
  const child: ChildProcess = spawn(nginx, ['-p', workDir, '-c', join(workDir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${stderr}`);
    if (await fetch(`${base}/`).then(() => true, () => false)) {
      return {
        base,
        async stop() {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`nginx did not answer on ${base} within 5 s: ${stderr}`);
}
