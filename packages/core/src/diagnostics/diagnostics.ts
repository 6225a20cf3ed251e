import { catalogue, type DiagnosticCode } from './catalogue.js';
import type { Diagnostic, DiagnosticArgs, Location, Severity } from './diagnostic.js';

/** Collects diagnostics. Content problems are collected, never thrown. */
export class Diagnostics {
  readonly items: Diagnostic[] = [];

  /** Records `code` at `location`; `severity` overrides the catalogue's default. */
  report(code: DiagnosticCode, args: DiagnosticArgs, location: Location, severity?: Severity): void {
    this.items.push({ code, args, location: { ...location }, severity: severity ?? catalogue[code].severity });
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
  merge(other: Diagnostics | readonly Diagnostic[]): void {
    this.items.push(...(other instanceof Diagnostics ? other.items : other));
  }
}
