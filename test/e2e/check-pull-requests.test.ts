import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScriptedRepo, shallowClone } from '@xrgit/git';
import { checkScenarioSteps, TRACKING } from './support/check-scenario.js';
import { runCli } from './support/run-cli.js';
import { makeTempDir, removeTempDir } from './support/temp-dir.js';

const git = promisify(execFile);
const TODAY = { XRGIT_TODAY: '2025-06-01', GITHUB_STEP_SUMMARY: undefined };
const IDENTITY = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x.invalid', GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z' };

interface JsonReport {
  passed: boolean;
  changelog: Array<{ kind: string; level: string; xid: string; attributes: Array<{ name: string }>; verdict: { verdict: string } | null }>;
  findings: Array<{ rule: string; severity: string; file: string | null; line: number | null; message: string; counterexample: string | null; fingerprint: string; waived: unknown }>;
  waivers: { used: Array<{ fingerprint: string }> };
}

async function checkJson(repo: string, head: string): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const r = await runCli(['check', '--base', 'main', '--head', head, '--format', 'json'], repo, TODAY);
  return { code: r.code, report: JSON.parse(r.stdout || '{}') as JsonReport, stderr: r.stderr };
}

/** Commits a waivers.yaml on a new branch made from `from`. */
async function branchWithWaiver(repo: string, from: string, name: string, yaml: string): Promise<void> {
  await git('git', ['checkout', '--quiet', '-b', name, from], { cwd: repo });
  await writeFile(join(repo, 'registry', 'waivers.yaml'), yaml);
  await git('git', ['add', 'registry/waivers.yaml'], { cwd: repo });
  await git('git', ['commit', '--quiet', '-m', `waiver on ${name}`], { cwd: repo, env: { ...process.env, ...IDENTITY } });
  await git('git', ['checkout', '--quiet', 'main'], { cwd: repo });
}

describe('xrgit check on scripted pull requests of the sample registry', () => {
  let tmp: string | undefined;
  let repo = '';

  beforeAll(async () => {
    tmp = await makeTempDir('check');
    repo = join(tmp, 'origin');
    await createScriptedRepo(repo, checkScenarioSteps());
  });

  afterAll(() => removeTempDir(tmp));

  it('passes a compatible schema change and reports its verdict in the changelog', async () => {
    const { code, report } = await checkJson(repo, 'compatible');
    expect(code).toBe(0);
    expect(report.passed).toBe(true);
    expect(report.changelog).toContainEqual(expect.objectContaining({ kind: 'added', xid: '/schemagroups/CloudyHQ/schemas/PackageTracking/versions/3', verdict: expect.objectContaining({ verdict: 'compatible' }) }));
  });

  it('fails a breaking schema change with the rule id, file, line and a counterexample', async () => {
    const r = await runCli(['check', '--base', 'main', '--head', 'breaking'], repo, TODAY);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`registry/schemagroups/CloudyHQ/schemas/PackageTracking/versions/3.json:1:1: error jsonschema/required-added:`);
    expect(r.stdout).toMatch(/counterexample \(accepted by the old version, rejected by the new one\): \{"packageId"/);
    expect(r.stdout).toMatch(/fingerprint: [0-9a-f]{16}/);
    expect(r.stdout).toContain('FAILED: 1 error');
  });

  it('passes the same change with a waiver and lists the waiver as used', async () => {
    const { report: failing } = await checkJson(repo, 'breaking');
    const fp = failing.findings.find((f) => f.rule === 'jsonschema/required-added')!.fingerprint;
    await branchWithWaiver(repo, 'breaking', 'breaking-waived', `- fingerprint: ${fp}\n  rule: jsonschema/required-added\n  xid: /schemagroups/CloudyHQ/schemas/PackageTracking\n  reason: every producer sends weightKg since March\n  approvedBy: alice\n  expires: 2025-12-31\n`);
    const { code, report } = await checkJson(repo, 'breaking-waived');
    expect(code).toBe(0);
    expect(report.waivers.used.map((w) => w.fingerprint)).toEqual([fp]);
    expect(report.findings.find((f) => f.fingerprint === fp)?.waived).toEqual({ reason: 'every producer sends weightKg since March', approvedBy: 'alice', expires: '2025-12-31' });
    const text = await runCli(['check', '--base', 'main', '--head', 'breaking-waived'], repo, TODAY);
    expect(text.stdout).toContain('Waivers used (registry/waivers.yaml)');
    expect(text.stdout).toContain('PASSED: 0 errors, 0 warnings, 1 waived');
  });

  it('fails when the waiver has expired, and reports the expired waiver at its line', async () => {
    const { report: failing } = await checkJson(repo, 'breaking');
    const fp = failing.findings.find((f) => f.rule === 'jsonschema/required-added')!.fingerprint;
    await branchWithWaiver(repo, 'breaking', 'breaking-expired', `# accepted breaks\n- fingerprint: ${fp}\n  reason: temporary\n  approvedBy: bob\n  expires: 2025-05-31\n`);
    const { code, report } = await checkJson(repo, 'breaking-expired');
    expect(code).toBe(1);
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'waiver/expired', severity: 'error', file: 'registry/waivers.yaml', line: 2 }));
    expect(report.findings.find((f) => f.rule === 'jsonschema/required-added')?.waived).toBeNull();
  });

  it('passes a pull request that only edits descriptions, with a changelog entry', async () => {
    const { code, report } = await checkJson(repo, 'descriptions');
    expect(code).toBe(0);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const entry = report.changelog.find((e) => e.xid === '/schemagroups/CloudyHQ/schemas/PackageTracking/versions/1');
    expect(entry?.attributes.map((a) => a.name)).toEqual(['description']);
  });

  it('fails the removal of a schema that messages still reference, naming them', async () => {
    const { code, report } = await checkJson(repo, 'remove-schema');
    expect(code).toBe(1);
    const f = report.findings.find((x) => x.rule === 'contract/schema-removed-while-referenced');
    expect(f?.message).toContain('/messagegroups/CloudyHQ.Factory/messages/CloudyHQ.Factory.Arrive');
    expect(f?.message).toContain('/messagegroups/CloudyHQ.Store/messages/CloudyHQ.Store.Depart');
    expect(f?.file).toBe('registry/messagegroups/CloudyHQ.Factory.yaml');
    expect(f?.line).toBeGreaterThan(1);
  });

  it('prints the changelog of two revisions with xrgit diff', async () => {
    const r = await runCli(['diff', 'main', 'breaking', '--format', 'json'], repo);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { changelog: Array<{ xid: string; verdict: { verdict: string } | null; affected: { endpoints: string[] } | null }> };
    const v3 = doc.changelog.find((e) => e.xid === `/${TRACKING.split('/').slice(1).join('/')}/versions/3`);
    expect(v3?.verdict?.verdict).toBe('incompatible');
    expect(v3?.affected?.endpoints).toEqual(['/endpoints/cloudyhq-notify-store', '/endpoints/cloudyhq-scan']);
  });

  it('writes GitHub annotations and appends the Markdown report to $GITHUB_STEP_SUMMARY', async () => {
    const summary = join(tmp!, 'summary.md');
    await writeFile(summary, '# earlier step\n');
    const r = await runCli(['check', '--base', 'main', '--head', 'breaking', '--format', 'github'], repo, { ...TODAY, GITHUB_STEP_SUMMARY: summary });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=registry\/schemagroups\/CloudyHQ\/schemas\/PackageTracking\/versions\/3\.json,line=1,col=1,title=jsonschema\/required-added::/m);
    const md = await readFile(summary, 'utf8');
    expect(md.startsWith('# earlier step\n## xrgit check: failed')).toBe(true);
    expect(md).toContain('```json');
  });

  it('exits 2 in a shallow clone and says to fetch the full history', async () => {
    const shallow = join(tmp!, 'shallow');
    await shallowClone(repo, shallow, 1);
    const r = await runCli(['check', '--base', 'HEAD'], shallow, TODAY);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fetch-depth: 0');
  });
});
