import type { DiagnosticSpec } from './diagnostic-spec.js';

const rules = new Map<string, DiagnosticSpec>();

/**
 * Registers a package's catalogue so that diagnostics of its rules can be rendered anywhere.
 * Each package calls this once when its catalogue module loads. Registering a rule id twice with
 * a different spec throws: rule ids are global and stable.
 */
export function registerCatalogue(catalogue: Readonly<Record<string, DiagnosticSpec>>): void {
  for (const [code, spec] of Object.entries(catalogue)) {
    const existing = rules.get(code);
    if (existing && existing !== spec) throw new Error(`diagnostic rule ${code} is registered twice`);
    rules.set(code, spec);
  }
}

/** The spec of a registered rule id; throws for an unknown id (a programming error). */
export function ruleSpec(code: string): DiagnosticSpec {
  const spec = rules.get(code);
  if (!spec) throw new Error(`unknown diagnostic rule ${code}`);
  return spec;
}

/** Every registered rule, sorted by id (for generated docs and audits). */
export function allRules(): Array<[string, DiagnosticSpec]> {
  return [...rules.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
