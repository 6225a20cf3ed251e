// The README's main job. Builds the toolkit, then validates the sample registry.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
step('npx', ['turbo', 'run', 'build', '--output-logs=errors-only']);
step('node', ['apps/cli/dist/bin.js', '--version']);
