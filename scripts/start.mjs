// The README's main job: build the toolkit, build the sample registry's static xRegistry API
// into site/, then serve it locally (PORT, default 8080) until interrupted.
import { spawnSync, spawn } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const port = process.env.PORT ?? '8080';
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const xrgit = ['apps/cli/dist/bin.js'];
step('npx', ['turbo', 'run', 'build', '--output-logs=errors-only']);
step('node', [...xrgit, 'validate', 'registry']);
step('node', [...xrgit, 'build', 'registry', '--out', 'site', '--base-url', `http://localhost:${port}/`, '--host', 'nginx']);
console.log(`\nThe static site is in site/ (nginx profile; see docs/hosting.md). Serving it now:`);
const server = spawn('node', [...xrgit, 'preview', 'registry', '--port', port], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
