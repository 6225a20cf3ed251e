import type { Diagnostic } from './diagnostic.js';
import { ruleSpec } from './rule-registry.js';

/** Renders the catalogue template of `d` with its args. Missing placeholders render as empty. */
export function renderMessage(d: Diagnostic): string {
  return ruleSpec(d.code).message.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const v = d.args[name];
    return v === undefined ? '' : String(v);
  });
}
