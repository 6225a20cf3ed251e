import { catalogue } from './catalogue.js';
import type { Diagnostic } from './diagnostic.js';

/** Renders the catalogue template of `d` with its args. Unknown placeholders render as empty. */
export function renderMessage(d: Diagnostic): string {
  const template: string = catalogue[d.code].message;
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const v = d.args[name];
    return v === undefined ? '' : String(v);
  });
}
