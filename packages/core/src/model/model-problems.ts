import type { DiagnosticArgs } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/catalogue.js';

/** A model problem: rule, args and the JSON Pointer into the (include-resolved) modelsource. */
export interface ModelProblem {
  code: DiagnosticCode;
  args: DiagnosticArgs;
  pointer: string;
}

/** Collects model problems while walking a modelsource. */
export class ModelProblems {
  readonly items: ModelProblem[] = [];
  add(code: DiagnosticCode, args: DiagnosticArgs, pointer: string): void {
    this.items.push({ code, args, pointer });
  }
}

/** Escapes one JSON Pointer token. */
export function tok(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
