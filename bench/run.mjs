// Benchmark harness: `npm run bench` (full) or `npm run bench -- --quick` (under a minute).
// Every figure is printed next to a baseline measured in the same run, as a ratio, and all
// figures are written to bench/out/results.json so runs can be compared.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { checkWorkload } from './workloads/check.mjs';
import { exportWorkload } from './workloads/export.mjs';
import { formatsWorkload } from './workloads/formats.mjs';
import { historyWorkload } from './workloads/history.mjs';
import { validateWorkload } from './workloads/validate.mjs';

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const workloads = [
  ['validate', validateWorkload],
  ['history', historyWorkload],
  ['export', exportWorkload],
  ['formats', formatsWorkload],
  ['check', checkWorkload],
];

console.log(`xrgit benchmarks (${quick ? 'quick' : 'full'}), node ${process.version}, ${cpus().length} cores`);
const results = [];
for (const [name, run] of workloads) {
  if (only && !only.split(',').includes(name)) continue;
  const r = await run({ quick });
  for (const line of r.lines) console.log(line);
  results.push({ name: r.name, ...r.figures });
}
const outDir = new URL('./out/', import.meta.url);
mkdirSync(outDir, { recursive: true });
writeFileSync(new URL('results.json', outDir), `${JSON.stringify({ quick, node: process.version, results }, null, 2)}\n`);
