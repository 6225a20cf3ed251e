import { renderMessage } from '@xrgit/core';
import type { Finding } from './finding.js';

/** The message of a finding, rendered from its rule's template and args (the edge). */
export function findingMessage(f: Finding): string {
  const text = renderMessage({ code: f.rule, severity: f.severity, args: f.args, location: {} });
  if (f.source !== 'compatibility') return text;
  const { version, against, direction, mode } = f.args;
  return `${text} (version ${String(version)} against ${String(against)}, ${String(direction)}; declared meta.compatibility: ${String(mode)})`;
}

/** What the counterexample shows, by direction. */
export function counterexampleCaption(f: Finding): string {
  return f.args['direction'] === 'forward' ? 'accepted by the new version, rejected by the old one' : 'accepted by the old version, rejected by the new one';
}

/** `file:line:col`, or what is known of it. */
export function findingPlace(f: Finding): string {
  if (f.file && f.line !== undefined) return `${f.file}:${f.line}:${f.column ?? 1}`;
  return f.file ?? f.xid ?? '-';
}

/** The counterexample pretty-printed when it is JSON, else as is. */
export function prettyCounterexample(f: Finding): string | undefined {
  if (f.counterexample === undefined) return undefined;
  try {
    return JSON.stringify(JSON.parse(f.counterexample), null, 2);
  } catch {
    return f.counterexample;
  }
}
