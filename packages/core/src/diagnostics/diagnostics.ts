import type { DiagnosticCode } from './catalogue.js';
import type { Diagnostic, DiagnosticArgs, Location, Severity } from './diagnostic.js';
import { ruleSpec } from './rule-registry.js';

/**
 * Collects diagnostics. Content problems are collected, never thrown. The type parameter is the
 * set of rule ids a caller may report (core's by default; a package widens it with its own
 * catalogue's ids), so that a typo does not compile.
 */
export class Diagnostics<C extends string = DiagnosticCode> {
  readonly items: Diagnostic[] = [];

  /** Records `code` at `location`; `severity` overrides the catalogue's default. */
  report(code: C, args: DiagnosticArgs, location: Location, severity?: Severity): void {
    this.items.push({ code, args, location: { ...location }, severity: severity ?? ruleSpec(code).severity });
  }

  get errorCount(): number {
    return this.items.filter((d) => d.severity === 'error').length;
  }

  get warningCount(): number {
    return this.items.filter((d) => d.severity === 'warning').length;
  }

  hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }

  /** Adds the diagnostics of another collector. */
  merge(other: { readonly items: readonly Diagnostic[] } | readonly Diagnostic[]): void {
    this.items.push(...('items' in other ? other.items : other));
  }
}
