import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { seededRandom } from './seeded-random.mjs';

function schema(n, fields) {
  const properties = {};
  for (let i = 0; i < fields; i++) properties[`field${i}`] = { type: i % 3 === 0 ? 'integer' : 'string' };
  return `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', title: `Event${n}`, type: 'object', properties }, null, 2)}\n`;
}

/**
 * A registry repository with `resources` JSON Schemas (compact form, 100 per group) and
 * `commits` commits, built with one `git fast-import` (seeded, deterministic): the first commits
 * add the schemas in batches of 100, the rest each change one or two schemas — mostly document
 * changes (a new version), sometimes an attribute-only sidecar edit.
 */
export function createHistoryRepo(dir, { resources, commits, seed = 7 }) {
  const rand = seededRandom(seed);
  const fields = new Array(resources).fill(3);
  const lines = [];
  const path = (n) => `registry/schemagroups/g${Math.floor(n / 100)}/schemas/Event${n}`;
  const blob = (text) => {
    const bytes = Buffer.from(text);
    lines.push(`data ${bytes.length}`, text);
  };
  const batches = Math.ceil(resources / 100);
  for (let c = 0; c < commits; c++) {
    const time = 1704067200 + c * 60;
    lines.push('commit refs/heads/main', `mark :${c + 1}`, `author bench <b@x.invalid> ${time} +0000`, `committer bench <b@x.invalid> ${time} +0000`);
    const msg = `commit ${c}\n`;
    lines.push(`data ${Buffer.byteLength(msg)}`, msg);
    if (c > 0) lines.push(`from :${c}`);
    if (c === 0) {
      lines.push('M 100644 inline registry/registry.yaml');
      blob('registryid: bench\n');
    }
    if (c < batches) {
      for (let n = c * 100; n < Math.min(resources, (c + 1) * 100); n++) {
        lines.push(`M 100644 inline ${path(n)}.json`);
        blob(schema(n, fields[n]));
      }
    } else {
      const changes = 1 + Math.floor(rand() * 2);
      for (let k = 0; k < changes; k++) {
        const n = Math.floor(rand() * resources);
        if (rand() < 0.8) {
          fields[n] += 1;
          lines.push(`M 100644 inline ${path(n)}.json`);
          blob(schema(n, fields[n]));
        } else {
          lines.push(`M 100644 inline ${path(n)}.details.yaml`);
          blob(`description: revision ${c}\n`);
        }
      }
    }
    lines.push('');
  }
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: dir });
  execFileSync('git', ['fast-import', '--quiet', '--date-format=raw'], { cwd: dir, input: `${lines.join('\n')}\n`, maxBuffer: 1 << 30 });
  execFileSync('git', ['reset', '--quiet', '--hard'], { cwd: dir });
  return execFileSync('git', ['rev-parse', 'main'], { cwd: dir }).toString().trim();
}
