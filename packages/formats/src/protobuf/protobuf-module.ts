import type { FormatFinding, FormatModule, Verdict } from '../format-module.js';
import { compareProtobuf } from './compare-protobuf.js';
import { readProto } from './read-proto.js';

function versionOf(format: string): '2' | '3' | undefined {
  const m = /^protobuf\/([23])(?:\.0)?$/i.exec(format.trim());
  return m ? (m[1] as '2' | '3') : undefined;
}

/** Protobuf 2 and 3 (.proto source text): parsed with protobufjs; compatibility after buf's WIRE_JSON category. */
export const protobufModule: FormatModule = {
  id: 'protobuf',
  patterns: ['protobuf/2', 'protobuf/3'],
  matches: (format) => versionOf(format) !== undefined,
  validate(doc, format, ctx) {
    const read = readProto(doc, ctx);
    if (!read.ok) return read.findings;
    const out: FormatFinding[] = [...read.warnings];
    const declared = `proto${versionOf(format) ?? '?'}`;
    if (read.file.syntax !== declared) out.push({ code: 'protobuf/syntax-mismatch', severity: 'error', args: { syntax: read.file.syntax, format, expected: declared } });
    return out;
  },
  compare(oldDoc, newDoc, direction, _format, ctx): Verdict {
    const oldRead = readProto(oldDoc, ctx);
    if (!oldRead.ok) return { verdict: 'unknown', reason: 'the old version does not parse as Protobuf' };
    const newRead = readProto(newDoc, ctx);
    if (!newRead.ok) return { verdict: 'unknown', reason: 'the new version does not parse as Protobuf' };
    const findings = compareProtobuf(oldRead.file, newRead.file, direction);
    if (findings.length > 0) return { verdict: 'incompatible', findings };
    const unresolved = [...oldRead.warnings, ...newRead.warnings].map((w) => String(w.args.import));
    // Without the imported files, types from them cannot be told apart; do not claim compatibility.
    if (unresolved.length > 0) return { verdict: 'unknown', reason: `imports not available: ${[...new Set(unresolved)].join(', ')}` };
    return { verdict: 'compatible' };
  },
};
