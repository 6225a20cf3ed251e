import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScriptedRepo } from '@xrgit/git';
import { runCli } from './run-cli.js';

// The SARIF 2.1.0 schema (rtm.5, the OASIS standard's) as shipped by @microsoft/jest-sarif.
const require = createRequire(import.meta.url);
const SARIF_SCHEMA = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'registry');
const TRACKING = 'registry/schemagroups/CloudyHQ/schemas/PackageTracking';

function sampleFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const e of readdirSync(SAMPLE, { recursive: true, withFileTypes: true })) if (e.isFile()) files[`registry/${relative(SAMPLE, join(e.parentPath, e.name)).split(sep).join('/')}`] = readFileSync(join(e.parentPath, e.name), 'utf8');
  return files;
}

interface SarifLog {
  runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<{ ruleId: string; ruleIndex: number; level: string; locations?: Array<{ physicalLocation?: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn: number } } }>; partialFingerprints: Record<string, string>; suppressions?: unknown[] }> }>;
}

describe('xrgit check --format sarif', () => {
  let dir = '';
  let log: SarifLog;
  let stdout = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'xrgit-sarif-'));
    const files = sampleFiles();
    const v3 = JSON.parse(files[`${TRACKING}/versions/2.json`]!) as { required: string[] };
    v3.required.push('weightKg');
    const arrive = 'registry/messagegroups/CloudyHQ.Store/messages/CloudyHQ.Store.Arrive.yaml';
    await createScriptedRepo(dir, [
      { commit: { message: 'sample', files } },
      { branch: 'pr' },
      { commit: { message: 'break', files: { [`${TRACKING}/versions/3.json`]: `${JSON.stringify(v3, null, 2)}\n`, [arrive]: files[arrive]!.replace('value: https://cloudyhq.io/checkpoints/{checkpointid}', 'value: https://cloudyhq.io/scanners/{checkpointid}') } } },
    ]);
    const r = runCli(['check', '--base', 'main', '--head', 'pr', '--format', 'sarif'], dir);
    expect(r.code).toBe(1);
    stdout = r.stdout;
    log = JSON.parse(stdout) as SarifLog;
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('validates against the SARIF 2.1.0 JSON schema', () => {
    // unicodeRegExp off: the schema's `language` pattern has a stray `]` that the u flag rejects.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(SARIF_SCHEMA);
    expect(validate(JSON.parse(stdout)), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const broken = JSON.parse(stdout) as SarifLog;
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('lists the rule table in the driver and points each result at its rule', () => {
    const run = log.runs[0]!;
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toContain('contract/message-source-changed');
    expect(ids).toContain('jsonschema/required-added');
    for (const res of run.results) expect(ids[res.ruleIndex]).toBe(res.ruleId);
  });

  it('locates results by repository-relative path and 1-based line, with the stable fingerprint', () => {
    const source = log.runs[0]!.results.find((r) => r.ruleId === 'contract/message-source-changed')!;
    expect(source.level).toBe('error');
    expect(source.locations?.[0]?.physicalLocation?.artifactLocation.uri).toBe('registry/messagegroups/CloudyHQ.Store/messages/CloudyHQ.Store.Arrive.yaml');
    expect(source.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 16, startColumn: 5 });
    expect(source.partialFingerprints['xrgitFingerprint/v1']).toMatch(/^[0-9a-f]{16}$/);
  });
});
