// Runs every check and every test of the monorepo, then prints one summary line
// "N passed, N failed" (read by CI) computed from vitest's JSON reports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR };
const reportDir = join(root, '.reports');
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

function run(cmd, args) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' }).status ?? 1;
}

let failedSteps = 0;
failedSteps += run('npx', ['turbo', 'run', 'build', 'typecheck', 'lint', '--output-logs=errors-only']) === 0 ? 0 : 1;
failedSteps += run('npx', ['eslint', '--no-error-on-unmatched-pattern', 'test', 'scripts', 'bench']) === 0 ? 0 : 1;
const vitest = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reportDir, 'vitest.json')}`]);

let passed = 0;
let failed;
const reportFile = join(reportDir, 'vitest.json');
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed = report.numPassedTests ?? 0;
  // A test file that fails to load has no failed assertion; count it as one failure.
  // So does a file whose hooks failed (its tests are then reported as skipped, none as failed).
  const brokenFiles = (report.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')).length;
  failed = (report.numFailedTests ?? 0) + brokenFiles;
} else {
  failed = 1;
}
if (failedSteps > 0) console.log(`\n${failedSteps} check step(s) failed (build, typecheck or lint)`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(vitest !== 0 || failedSteps > 0 || failed > 0 || passed === 0 ? 1 : 0);
