import { ruleSpec, type Severity } from '@xrgit/core';
import { XRGIT_VERSION } from '../version.js';
import { checkCatalogue, type CheckRuleSpec } from './check-catalogue.js';
import { findingMessage, prettyCounterexample } from './finding-message.js';
import type { Finding } from './finding.js';
import type { CheckReport } from './run-check.js';

/** The key of xrgit's stable fingerprint in `partialFingerprints`. */
export const SARIF_FINGERPRINT_KEY = 'xrgitFingerprint/v1';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The rules of the run: every check rule, plus the rule of every other finding, sorted by id. */
function rulesOf(findings: readonly Finding[]): string[] {
  return [...new Set([...Object.keys(checkCatalogue), ...findings.map((f) => f.rule)])].sort();
}

function ruleDescriptor(id: string): Record<string, unknown> {
  const spec = ruleSpec(id) as Partial<CheckRuleSpec> & ReturnType<typeof ruleSpec>;
  return {
    id,
    shortDescription: { text: spec.title ?? id },
    fullDescription: { text: spec.message.replace(/\{(\w+)\}/g, '<$1>') },
    defaultConfiguration: { level: LEVEL[spec.severity] },
    ...(spec.specError ? { properties: { specError: spec.specError } } : {}),
  };
}

function result(f: Finding, ruleIndex: number): Record<string, unknown> {
  const example = prettyCounterexample(f);
  const text = `${findingMessage(f)}${example !== undefined ? `\nCounterexample: ${example}` : ''}\nFingerprint: ${f.fingerprint}`;
  const region = f.line !== undefined ? { region: { startLine: f.line, startColumn: f.column ?? 1 } } : {};
  return {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text },
    ...(f.file !== undefined ? { locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' }, ...region }, ...(f.xid ? { logicalLocations: [{ fullyQualifiedName: f.xid, kind: 'object' }] } : {}) }] } : f.xid ? { locations: [{ logicalLocations: [{ fullyQualifiedName: f.xid, kind: 'object' }] }] } : {}),
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: f.fingerprint },
    ...(f.waived ? { suppressions: [{ kind: 'external', status: 'accepted', justification: `${f.waived.reason} (approved by ${f.waived.approvedBy}${f.waived.expires ? `, until ${f.waived.expires}` : ''})` }] } : {}),
    properties: { source: f.source, ...(f.counterexample !== undefined ? { counterexample: f.counterexample } : {}) },
  };
}

/**
 * The check report as SARIF 2.1.0 (OASIS): one run whose driver lists the rule table, one result
 * per finding with the repository-relative file (`%SRCROOT%`), 1-based region, the xid as logical
 * location, the stable fingerprint in `partialFingerprints` and waived findings as accepted
 * external suppressions. Findings without a file have only a logical location.
 */
export function renderSarif(report: CheckReport): string {
  const rules = rulesOf(report.findings);
  const index = new Map(rules.map((r, i) => [r, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'xrgit', semanticVersion: XRGIT_VERSION, version: XRGIT_VERSION, informationUri: 'https://github.com/xregistry/spec', rules: rules.map(ruleDescriptor) } },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the repository.' } } },
        results: report.findings.map((f) => result(f, index.get(f.rule)!)),
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
