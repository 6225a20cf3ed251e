import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScriptedRepo, type ScriptedFile } from '@xrgit/git';
import { readTree } from '../e2e/support/read-tree.js';
import { runCli, type CliRun } from '../e2e/support/run-cli.js';
import { makeTempDir, removeTempDir } from '../e2e/support/temp-dir.js';
import { contentCases } from './cases/content-cases.js';
import { documentCases } from './cases/document-cases.js';
import { idCases } from './cases/id-cases.js';
import { pollutionErrorCases, SCRIPT, validHostileCases } from './cases/injection-cases.js';
import { modelCases } from './cases/model-cases.js';
import { resourceCases } from './cases/structure-cases.js';
import { syntaxCases } from './cases/syntax-cases.js';
import { ownerOf, ownershipOf } from './support/attribute-diagnostics.js';
import type { DocumentCase, HostileCase, JsonDiagnostic, RegistryCase } from './support/hostile-case.js';
import { compareDiagnostics } from './support/match-expected.js';
import { runPool } from './support/run-pool.js';
import { PositionGolden, positions } from './support/position-golden.js';

const golden = new PositionGolden();

const BASE = 'https://hostile.example/';
const ALL: HostileCase[] = [...syntaxCases(), ...resourceCases(), ...idCases(), ...contentCases(), ...pollutionErrorCases(), ...modelCases(), ...documentCases()];
const REGISTRY_CASES = ALL.filter((c): c is RegistryCase => c.kind === 'registry');
const DOCUMENT_CASES = ALL.filter((c): c is DocumentCase => c.kind === 'document');
const VALID_CASES = validHostileCases();
const label = (c: HostileCase): string => `${c.category}: ${c.name}`;

/**
 * A document that cannot be read has no inferred `format`, so the schema version also lacks its
 * required `format`: one consequence of the syntax error, reported on the same file.
 */
function withCascade(c: RegistryCase): RegistryCase['expect'] {
  const extra = c.expect
    .filter((e) => /^(source|layout)\/(parse-error|invalid-utf8|duplicate-key|too-deep|yaml-alias-limit)$/.test(e.rule) && e.file !== undefined && /\/schemas\/[^/]+(\/versions\/[^/]+)?\.(json|ya?ml|avsc|xsd|xml|proto|txt)$/.test(e.file) && !/\.details\./.test(e.file))
    .map((e) => ({ rule: 'attribute/required-missing', file: e.file }));
  return [...c.expect, ...extra];
}

/** One repository holding every case's files under `registry/`, beside a valid registry.yaml. */
function repoFiles(cases: readonly RegistryCase[]): Record<string, ScriptedFile> {
  const files: Record<string, ScriptedFile> = { 'registry/registry.yaml': 'registryid: hostile\n' };
  for (const c of cases) {
    for (const [path, content] of Object.entries(c.files)) {
      if (`registry/${path}` in files) throw new Error(`two cases write registry/${path}`);
      files[`registry/${path}`] = content;
    }
  }
  return files;
}

const parseJson = (run: CliRun): { diagnostics: JsonDiagnostic[] } => {
  try {
    return JSON.parse(run.stdout) as { diagnostics: JsonDiagnostic[] };
  } catch {
    throw new Error(`exit ${run.code}, not JSON: ${run.stdout.slice(0, 500)}${run.stderr.slice(0, 2000)}`);
  }
};

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('hostile');
});
afterAll(async () => {
  golden.save();
  await removeTempDir(tmp);
});

it('has at least 200 cases, each with a precise expected outcome', () => {
  const counts = new Map<string, number>();
  for (const c of [...ALL, ...VALID_CASES]) counts.set(c.category, (counts.get(c.category) ?? 0) + 1);
  console.log([...counts].map(([k, n]) => `${String(n).padStart(4)}  ${k}`).join('\n'), `\n${ALL.length + VALID_CASES.length} cases`);
  expect(ALL.length + VALID_CASES.length).toBeGreaterThanOrEqual(200);
  // A case that expects no error says so in its name: "... is accepted".
  for (const c of ALL) if (c.expect.length === 0) expect(c.name, label(c)).toMatch(/\baccepted$/);
  for (const c of ALL) if (c.kind === 'document' && (c.exit ?? 1) !== 0) expect(c.expect.length, label(c)).toBeGreaterThan(0);
});

describe('registry cases: one repository, one validate and one build through the CLI', () => {
  const perCase = new Map<number, JsonDiagnostic[]>();
  const stray: JsonDiagnostic[] = [];
  let validate: CliRun;
  let build: CliRun;
  let out: string;

  beforeAll(async () => {
    const repo = await createScriptedRepo(join(tmp, 'bad'), [{ commit: { message: 'hostile input', files: repoFiles(REGISTRY_CASES), date: '2024-01-01T00:00:00Z' } }]);
    validate = await runCli(['validate', 'registry', '--format', 'json'], repo.dir);
    const owners = REGISTRY_CASES.map(ownershipOf);
    for (const d of parseJson(validate).diagnostics) {
      if (d.severity === 'info') continue;
      const i = ownerOf(d, owners);
      if (i < 0) stray.push(d);
      else perCase.set(i, [...(perCase.get(i) ?? []), d]);
    }
    out = join(tmp, 'bad-out');
    build = await runCli(['build', 'registry', '--out', out, '--base-url', BASE], repo.dir);
  });

  it('validate exits 1 and build exits 1, writes no output and leaves no temporary sibling', () => {
    expect(validate.code, validate.stderr).toBe(1);
    expect(build.code, build.stderr).toBe(1);
    expect(build.stdout).toContain('nothing was built');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp).filter((n) => n.includes('xrgit-'))).toEqual([]);
  });

  it('attributes every error and warning to a case', () => {
    expect(stray.map((d) => `${d.rule} ${d.file}:${d.line} ${d.xid} ${d.message}`)).toEqual([]);
  });

  it.each(REGISTRY_CASES.map((c, i) => [label(c), i] as const))('%s', (_name, i) => {
    const c = REGISTRY_CASES[i]!;
    const actual = perCase.get(i) ?? [];
    if (c.knownBug) {
      // Pinned as failing: this case turns red when the bug is fixed, then drop `knownBug`.
      expect(compareDiagnostics(actual, withCascade(c)), c.knownBug).not.toEqual([]);
      return;
    }
    expect(compareDiagnostics(actual, withCascade(c))).toEqual([]);
    const lines = positions(actual);
    expect(lines).toEqual(golden.record(label(c), lines));
  });
});

describe('document cases: xrgit validate FILE and xrgit import FILE', () => {
  const runs = new Map<number, { validate: CliRun; imported?: CliRun; intoBefore?: string[]; intoAfter?: string[] }>();

  beforeAll(async () => {
    await runPool(DOCUMENT_CASES, 2, async (c) => {
      const i = DOCUMENT_CASES.indexOf(c);
      const dir = join(tmp, `doc-${i}`);
      await mkdir(dir);
      await writeFile(join(dir, c.fileName), c.content);
      for (const [name, text] of Object.entries(c.extra ?? {})) await writeFile(join(dir, name), text);
      const validate = await runCli(['validate', c.fileName, '--format', 'json', ...(c.args ?? [])], dir);
      if ((c.exit ?? 1) === 0) {
        runs.set(i, { validate });
        return;
      }
      // The import target exists and holds a file of its own: it must be left as it was.
      await mkdir(join(dir, 'into'));
      await writeFile(join(dir, 'into', 'keep.txt'), 'mine\n');
      const intoBefore = [...(await readTree(join(dir, 'into'))).keys()];
      const imported = await runCli(['import', c.fileName, '--into', 'into', ...(c.args ?? [])], dir);
      runs.set(i, { validate, imported, intoBefore, intoAfter: [...(await readTree(join(dir, 'into'))).keys()] });
    });
  });

  it.each(DOCUMENT_CASES.map((c, i) => [label(c), i] as const))('%s', (_name, i) => {
    const c = DOCUMENT_CASES[i]!;
    const run = runs.get(i)!;
    expect(run.validate.code, run.validate.stderr).toBe(c.exit ?? 1);
    const actual = parseJson(run.validate).diagnostics;
    expect(compareDiagnostics(actual, c.expect)).toEqual([]);
    const lines = positions(actual);
    expect(lines).toEqual(golden.record(label(c), lines));
    if (run.imported) {
      expect(run.imported.code, run.imported.stdout + run.imported.stderr).toBe(1);
      expect(run.intoAfter).toEqual(run.intoBefore);
    }
  });
});

describe('hostile but valid content is built as data', () => {
  let validate: CliRun;
  let build: CliRun;
  let out: string;

  beforeAll(async () => {
    const repo = await createScriptedRepo(join(tmp, 'valid'), [{ commit: { message: 'hostile but valid', files: repoFiles(VALID_CASES), date: '2024-01-01T00:00:00Z' } }]);
    validate = await runCli(['validate', 'registry', '--format', 'json'], repo.dir);
    out = join(tmp, 'valid-out');
    build = await runCli(['build', 'registry', '--out', out, '--base-url', BASE, '--host', 'pages'], repo.dir);
  });

  it('validates with no error or warning and builds', () => {
    expect(compareDiagnostics(parseJson(validate).diagnostics, []), validate.stderr).toEqual([]);
    expect(validate.code).toBe(0);
    expect(build.code, build.stdout + build.stderr).toBe(0);
  });

  it.each(VALID_CASES.map((c) => [label(c), c] as const))('%s', (_name, c) => {
    for (const p of c.sitePaths) expect(existsSync(join(out, p)), p).toBe(true);
  });

  it('keeps "<script>" as a JSON string value and never writes it as markup into an HTML page', async () => {
    const tree = await readTree(out);
    const group = JSON.parse(tree.get('schemagroups/html0/index.html')!.bytes.toString('utf8')) as { description: string };
    expect(group.description).toBe(SCRIPT);
    const raw = [...tree].filter(([, f]) => f.bytes.includes('<script>alert'));
    expect(raw.length).toBeGreaterThan(0);
    for (const [path, f] of raw) {
      const text = f.bytes.toString('utf8');
      // A JSON body (pages serves index.html files as JSON) or a raw document the user wrote.
      const isJson = (() => { try { JSON.parse(text); return true; } catch { return false; } })();
      expect(isJson || path.startsWith('schemagroups/html3/schemas/s/versions/'), path).toBe(true);
    }
    for (const page of [...tree.keys()].filter((p) => p.endsWith('.html') && !p.endsWith('/index.html') && p !== 'index.html')) {
      expect(tree.get(page)!.bytes.includes('<script>alert'), page).toBe(false);
    }
  });

  const groupsIndex = (): Record<string, { schemagroupid: string }> => JSON.parse(readFileSync(join(out, 'schemagroups/index.html'), 'utf8')) as Record<string, { schemagroupid: string }>;

  it('lists the groups "constructor" and "prototype" as ordinary entities in the collection', () => {
    for (const key of ['constructor', 'prototype']) expect(Object.getOwnPropertyDescriptor(groupsIndex(), key)?.value?.schemagroupid, key).toBe(key);
  });

  it('lists the group "__proto__" in the collection', () => {
    expect(Object.getOwnPropertyDescriptor(groupsIndex(), '__proto__')?.value?.schemagroupid).toBe('__proto__');
  });
});
