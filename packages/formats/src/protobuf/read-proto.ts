import protobuf from 'protobufjs';
import type { FormatContext, FormatFinding } from '../format-module.js';
import { decodeText, invalid } from '../decode-document.js';

/** One field as the compatibility rules see it. `type` is a scalar name, or `message:<name>` / `enum:<name>` relative to the package. */
export interface ProtoField {
  name: string;
  number: number;
  type: string;
  keyType?: string;
  label: 'repeated' | 'required' | 'optional' | 'implicit';
  oneof?: string;
}

export interface ProtoMessage {
  kind: 'message';
  fields: ProtoField[];
  reserved: Array<number[] | string>;
}

export interface ProtoEnum {
  kind: 'enum';
  values: Record<string, number>;
  reserved: Array<number[] | string>;
}

/** A parsed .proto file: syntax, package and every message and enum by name relative to the package. */
export interface ProtoFile {
  syntax: 'proto2' | 'proto3' | 'editions';
  package: string;
  types: Map<string, ProtoMessage | ProtoEnum>;
}

/** The syntax statement of a .proto source (comments ignored); none means proto2. */
export function syntaxOf(source: string): ProtoFile['syntax'] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  if (/^\s*edition\s*=/m.test(code)) return 'editions';
  const m = /^\s*syntax\s*=\s*["'](proto[23])["']\s*;/m.exec(code);
  return m?.[1] === 'proto3' ? 'proto3' : 'proto2';
}

/**
 * Parses a .proto document with protobufjs. Imports are loaded through `ctx.resolve` (by import
 * path); the well-known google/protobuf types come with protobufjs. Returns findings for syntax
 * errors and unresolvable types; an import nobody can supply is a warning and skips type resolution.
 */
export function readProto(doc: Uint8Array, ctx?: FormatContext): { ok: true; file: ProtoFile; warnings: FormatFinding[] } | { ok: false; findings: FormatFinding[] } {
  const text = decodeText(doc);
  if (!text.ok) return text;
  if (text.value.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').trim() === '') return invalid('the document is empty');
  const root = new protobuf.Root();
  let parsed: protobuf.IParserResult;
  try {
    parsed = protobuf.parse(text.value, root, { keepCase: true });
  } catch (e) {
    const detail = (e as Error).message;
    const line = /\(line (\d+)\)/.exec(detail);
    return { ok: false, findings: [{ code: 'protobuf/parse-error', severity: 'error', args: { detail }, ...(line ? { line: Number(line[1]) } : {}) }] };
  }
  const warnings = loadImports(root, parsed.imports ?? [], ctx);
  if (warnings.length === 0) {
    try {
      root.resolveAll();
    } catch (e) {
      return { ok: false, findings: [{ code: 'protobuf/unresolved-type', severity: 'error', args: { detail: (e as Error).message } }] };
    }
  }
  const pkg = parsed.package ?? '';
  const types = new Map<string, ProtoMessage | ProtoEnum>();
  collect(root, pkg, types);
  return { ok: true, file: { syntax: syntaxOf(text.value), package: pkg, types }, warnings };
}

function loadImports(root: protobuf.Root, imports: string[], ctx: FormatContext | undefined, seen = new Set<string>()): FormatFinding[] {
  const out: FormatFinding[] = [];
  for (const path of imports) {
    if (seen.has(path)) continue;
    seen.add(path);
    const common = protobuf.common.get(path) as { nested?: protobuf.INamespace['nested'] } | null;
    if (common?.nested) {
      root.addJSON(common.nested);
      continue;
    }
    const bytes = ctx?.resolve?.(path);
    const text = bytes ? decodeText(bytes) : undefined;
    if (!text?.ok) {
      out.push({ code: 'protobuf/unresolved-import', severity: 'warning', args: { import: path } });
      continue;
    }
    try {
      const sub = protobuf.parse(text.value, root, { keepCase: true });
      out.push(...loadImports(root, sub.imports ?? [], ctx, seen));
    } catch {
      out.push({ code: 'protobuf/unresolved-import', severity: 'warning', args: { import: path } });
    }
  }
  return out;
}

function relative(fullName: string, pkg: string): string {
  const name = fullName.replace(/^\./, '');
  return pkg !== '' && name.startsWith(`${pkg}.`) ? name.slice(pkg.length + 1) : name;
}

function fieldOf(f: protobuf.Field, pkg: string, syntax3: boolean): ProtoField {
  const resolved = f.resolvedType;
  const type = resolved instanceof protobuf.Type ? `message:${relative(resolved.fullName, pkg)}` : resolved instanceof protobuf.Enum ? `enum:${relative(resolved.fullName, pkg)}` : f.type;
  const synthetic = f.partOf && f.partOf.name.startsWith('_') && f.options?.proto3_optional === true;
  const label = f.repeated || f.map ? 'repeated' : f.rule === 'required' ? 'required' : syntax3 && !f.options?.proto3_optional ? 'implicit' : 'optional';
  return { name: f.name, number: f.id, type, ...(f.map ? { keyType: (f as unknown as protobuf.MapField).keyType } : {}), label, ...(f.partOf && !synthetic ? { oneof: f.partOf.name } : {}) };
}

function collect(ns: protobuf.NamespaceBase, pkg: string, out: Map<string, ProtoMessage | ProtoEnum>): void {
  for (const n of ns.nestedArray) {
    if (n instanceof protobuf.Type) {
      const syntax3 = (n as unknown as { _edition?: string })._edition === 'proto3';
      out.set(relative(n.fullName, pkg), { kind: 'message', fields: n.fieldsArray.map((f) => fieldOf(f, pkg, syntax3)), reserved: n.reserved ?? [] });
    } else if (n instanceof protobuf.Enum) {
      out.set(relative(n.fullName, pkg), { kind: 'enum', values: { ...n.values }, reserved: n.reserved ?? [] });
    }
    if (n instanceof protobuf.Namespace || n instanceof protobuf.Type) collect(n, pkg, out);
  }
}
