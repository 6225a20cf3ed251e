// Generates docs/diagnostics.md from the diagnostics catalogues of every package (the source of
// truth). `node scripts/gen-diagnostics.mjs` writes it; `--check` exits 1 when it is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const packages = ['packages/core', 'packages/formats', 'packages/git', 'packages/export', 'packages/serve', 'packages/sync', 'apps/cli'];
let core;
for (const dir of packages) {
  const name = dir.split('/')[1];
  const entry = new URL(`${dir}/dist/index.js`, root);
  if (!existsSync(entry)) continue;
  const mod = await import(entry.href);
  if (name === 'core') core = mod;
}
const rules = core.allRules();
const groups = new Map();
for (const [id, spec] of rules) {
  const prefix = id.split('/')[0];
  if (!groups.has(prefix)) groups.set(prefix, []);
  groups.get(prefix).push([id, spec]);
}
const esc = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const lines = [
  '# Diagnostics',
  '',
  'Generated from the catalogues in the packages by `node scripts/gen-diagnostics.mjs`; do not edit by hand.',
  'Rule ids are stable: a retired rule keeps its id, marked deprecated. `spec error` is the error of',
  'xRegistry core/spec.md §Error Processing the rule reports, where the spec defines one',
  '(type URI `https://github.com/xregistry/spec/blob/main/core/spec.md#<name>`).',
  '',
  `${rules.length} rules.`,
  '',
];
for (const [prefix, entries] of groups) {
  lines.push(`## ${prefix}`, '', '| rule | severity | spec error | message |', '|---|---|---|---|');
  for (const [id, spec] of entries) {
    const msg = spec.deprecated ? `deprecated${spec.replacedBy ? `, use ${spec.replacedBy}` : ''}` : spec.message;
    lines.push(`| \`${id}\` | ${spec.severity} | ${spec.specError ? `\`${spec.specError}\`` : ''} | ${esc(msg)} |`);
  }
  lines.push('');
}
const text = `${lines.join('\n')}`;
const target = new URL('docs/diagnostics.md', root);
if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error('docs/diagnostics.md is stale: run node scripts/gen-diagnostics.mjs');
    process.exit(1);
  }
} else writeFileSync(target, text);
