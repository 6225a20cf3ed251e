import avro from 'avsc';
import type { CompatFinding, FormatFinding, FormatModule, Verdict } from '../format-module.js';
import { decodeJson } from '../decode-document.js';
import { readAvro, type AvroNode } from './read-avro.js';
import { AvroResolution } from './resolve-avro.js';

function parse(doc: Uint8Array): { type: avro.Type; node: AvroNode } | { findings: FormatFinding[] } {
  const json = decodeJson(doc);
  if (!json.ok) return { findings: json.findings };
  try {
    const type = avro.Type.forSchema(json.value as avro.Schema);
    return { type, node: readAvro(json.value) };
  } catch (e) {
    return { findings: [{ code: 'avro/invalid-schema', severity: 'error', args: { detail: (e as Error).message } }] };
  }
}

/** Decimal attributes the specification requires; an invalid logical type silently degrades to its underlying type. */
function checkDecimals(node: AvroNode, path: string, out: FormatFinding[], seen = new Set<AvroNode>()): void {
  if (seen.has(node)) return;
  seen.add(node);
  const logical = 'logical' in node ? node.logical : undefined;
  if (logical?.logicalType === 'decimal') {
    const p = logical.precision;
    const s = logical.scale ?? 0;
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 1 || typeof s !== 'number' || !Number.isInteger(s) || s < 0 || s > p) {
      out.push({ code: 'avro/invalid-decimal', severity: 'warning', pointer: path, args: { path, precision: String(p), scale: String(s) } });
    }
  }
  if (node.kind === 'record') for (const f of node.fields) checkDecimals(f.type, `${path}.${f.name}`, out, seen);
  if (node.kind === 'array') checkDecimals(node.items, `${path}[]`, out, seen);
  if (node.kind === 'map') checkDecimals(node.values, `${path}{}`, out, seen);
  if (node.kind === 'union') for (const b of node.branches) checkDecimals(b, path, out, seen);
}

function rootPath(node: AvroNode): string {
  return 'name' in node ? node.name : '';
}

/** Avro (any release): parsed with avsc; compatibility by the specification's reader/writer resolution. */
export const avroModule: FormatModule = {
  id: 'avro',
  patterns: ['avro/*'],
  matches: (format) => /^avro(\/[0-9][0-9.]*)?$/i.test(format.trim()),
  validate(doc) {
    const parsed = parse(doc);
    if ('findings' in parsed) return parsed.findings;
    const out: FormatFinding[] = [];
    checkDecimals(parsed.node, rootPath(parsed.node), out);
    return out;
  },
  compare(oldDoc, newDoc, direction): Verdict {
    const oldP = parse(oldDoc);
    if ('findings' in oldP) return { verdict: 'unknown', reason: 'the old version is not a valid Avro schema' };
    const newP = parse(newDoc);
    if ('findings' in newP) return { verdict: 'unknown', reason: 'the new version is not a valid Avro schema' };
    const [reader, writer] = direction === 'backward' ? [newP, oldP] : [oldP, newP];
    const resolution = new AvroResolution(direction === 'backward');
    resolution.resolve(reader.node, writer.node, rootPath(reader.node));
    const findings: CompatFinding[] = [...resolution.findings];
    if (findings.length === 0) {
      // Cross-check with avsc's own resolver: if it refuses what our rules accept, do not claim compatibility.
      try {
        reader.type.createResolver(writer.type);
      } catch (e) {
        findings.push({ code: 'avro/resolution-failed', pointer: rootPath(reader.node), args: { path: rootPath(reader.node), detail: (e as Error).message } });
      }
    }
    return findings.length > 0 ? { verdict: 'incompatible', findings } : { verdict: 'compatible' };
  },
};
