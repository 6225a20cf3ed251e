import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonDiagnostic } from './hostile-case.js';

const GOLDEN = join(import.meta.dirname, '..', 'hostile-positions.json');

/** `rule file:line:column` of every error and warning, sorted: what the golden file pins per case. */
export function positions(diagnostics: readonly JsonDiagnostic[], strip: (file: string) => string = (f) => f): string[] {
  return diagnostics
    .filter((d) => d.severity === 'error' || d.severity === 'warning')
    .map((d) => `${d.rule} ${d.file === null ? '-' : strip(d.file)}:${d.line ?? '-'}:${d.column ?? '-'}`)
    .sort();
}

/** The golden positions by case label; `UPDATE_GOLDEN=1` rewrites the file from `actual` (CI never does). */
export class PositionGolden {
  private readonly expected: Record<string, string[]>;
  private readonly actual: Record<string, string[]> = {};

  constructor() {
    this.expected = existsSync(GOLDEN) ? (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string[]>) : {};
  }

  record(label: string, lines: string[]): string[] | undefined {
    this.actual[label] = lines;
    return process.env['UPDATE_GOLDEN'] ? lines : this.expected[label];
  }

  save(): void {
    if (!process.env['UPDATE_GOLDEN']) return;
    const sorted = Object.fromEntries(Object.entries(this.actual).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    writeFileSync(GOLDEN, `${JSON.stringify(sorted, null, 1)}\n`);
  }
}
