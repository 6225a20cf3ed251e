import type { DiagnosticSpec } from '../diagnostics/diagnostic-spec.js';

/**
 * Rules of the CloudEvents discovery domains (message, endpoint, schema references) that the
 * spec states in prose but the domain models do not enforce.
 */
export const domainCatalogue = {
} as const satisfies Record<string, DiagnosticSpec>;
