import type { DiagnosticArgs } from '@xrgit/core';
import type { CompatFinding } from '../format-module.js';
import type { FormatsCode } from '../formats-catalogue.js';
import { describeAvro, type AvroNode } from './read-avro.js';

/** Writer type → reader types it promotes to (Avro specification, Schema Resolution). */
const PROMOTIONS: Record<string, string[]> = { int: ['long', 'float', 'double'], long: ['float', 'double'], float: ['double'], string: ['bytes'], bytes: ['string'] };

function unqualified(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

type Named = AvroNode & { name: string; aliases: string[] };

/** Do a reader's and a writer's named types match: same full or unqualified name, or the writer's name among the reader's aliases? */
function namesMatch(r: Named, w: Named): boolean {
  return r.name === w.name || unqualified(r.name) === unqualified(w.name) || r.aliases.includes(w.name) || r.aliases.map(unqualified).includes(unqualified(w.name));
}

/** Would the writer's (non-union) type be selected by this reader type in a union? */
function selects(r: AvroNode, w: AvroNode): boolean {
  if (r.kind !== w.kind) return false;
  if (r.kind === 'primitive' && w.kind === 'primitive') return r.type === w.type || (PROMOTIONS[w.type] ?? []).includes(r.type);
  if ('name' in r && 'name' in w) return namesMatch(r as Named, w as Named);
  return true;
}

/**
 * Avro schema resolution (reader resolves data written with the writer's schema), reporting every
 * place the reader cannot read such data. backward: reader = new, writer = old; forward: the reverse.
 * Findings are named after the change from old to new, with dotted paths.
 */
export class AvroResolution {
  readonly findings: CompatFinding[] = [];
  private readonly seen = new Map<AvroNode, Set<AvroNode>>();

  constructor(private readonly readerIsNew: boolean) {}

  private report(code: FormatsCode, path: string, args: DiagnosticArgs, description: string): void {
    this.findings.push({ code, pointer: path, oldPointer: path, args: { path, ...args }, counterexample: { description } });
  }

  private oldNew(r: AvroNode, w: AvroNode): { old: string; new: string } {
    return this.readerIsNew ? { old: describeAvro(w), new: describeAvro(r) } : { old: describeAvro(r), new: describeAvro(w) };
  }

  resolve(r: AvroNode, w: AvroNode, path: string): void {
    const done = this.seen.get(r) ?? new Set<AvroNode>();
    if (done.has(w)) return;
    done.add(w);
    this.seen.set(r, done);
    if (w.kind === 'union') {
      for (const branch of w.branches) {
        const target = r.kind === 'union' ? r.branches.find((b) => selects(b, branch)) : selects(r, branch) ? r : undefined;
        if (target) this.resolve(target, branch, path);
        else this.report(this.readerIsNew ? 'avro/union-branch-removed' : 'avro/union-branch-added', path, { branch: describeAvro(branch) }, `a value of the ${describeAvro(branch)} branch written with the ${this.readerIsNew ? 'old' : 'new'} schema has no matching branch in the ${this.readerIsNew ? 'new' : 'old'} one`);
      }
      return;
    }
    const target = r.kind === 'union' ? r.branches.find((b) => selects(b, w)) : r;
    if (r.kind !== 'union' && r.kind === w.kind && 'name' in r && 'name' in w && !namesMatch(r as Named, w as Named)) {
      const names = this.readerIsNew ? { old: w.name, new: r.name } : { old: r.name, new: w.name };
      this.report('avro/name-changed', path, names, `a ${w.name} value is not a ${r.name}, and "${r.name}" lists no alias "${w.name}"`);
      return;
    }
    if (!target || !selects(target, w)) {
      this.report('avro/type-changed', path, this.oldNew(r, w), `a ${describeAvro(w)} value cannot be read as ${describeAvro(r)}`);
      return;
    }
    this.resolveSame(target, w, path);
  }

  private resolveSame(r: AvroNode, w: AvroNode, path: string): void {
    if (r.kind === 'primitive' && w.kind === 'primitive') return this.logical(r.logical, w.logical, path);
    if (r.kind === 'array' && w.kind === 'array') return this.resolve(r.items, w.items, `${path}[]`);
    if (r.kind === 'map' && w.kind === 'map') return this.resolve(r.values, w.values, `${path}{}`);
    if (r.kind === 'fixed' && w.kind === 'fixed') {
      if (r.size !== w.size) this.report('avro/fixed-size-changed', path, this.readerIsNew ? { old: w.size, new: r.size } : { old: r.size, new: w.size }, `a ${w.size}-byte value cannot be read as ${r.size} bytes`);
      return this.logical(r.logical, w.logical, path);
    }
    if (r.kind === 'enum' && w.kind === 'enum') return this.enums(r, w, path);
    if (r.kind === 'record' && w.kind === 'record') return this.records(r, w, path);
  }

  private enums(r: AvroNode & { kind: 'enum' }, w: AvroNode & { kind: 'enum' }, path: string): void {
    const missing = w.symbols.filter((s) => !r.symbols.includes(s));
    if (missing.length === 0 || (r.default !== undefined && r.symbols.includes(r.default))) return;
    this.report(this.readerIsNew ? 'avro/enum-symbol-removed' : 'avro/enum-symbol-added', path, { symbols: missing.join(', '), name: r.name }, `the symbol ${missing[0]} written with the ${this.readerIsNew ? 'old' : 'new'} schema is unknown to the reader, which has no enum default`);
  }

  private records(r: AvroNode & { kind: 'record' }, w: AvroNode & { kind: 'record' }, path: string): void {
    for (const rf of r.fields) {
      const wf = w.fields.find((f) => f.name === rf.name) ?? w.fields.find((f) => rf.aliases.includes(f.name));
      const fieldPath = `${path}.${rf.name}`;
      if (wf) this.resolve(rf.type, wf.type, fieldPath);
      else if (!rf.hasDefault) {
        const code = this.readerIsNew ? 'avro/field-added-without-default' : 'avro/field-removed-without-default';
        this.report(code, fieldPath, { field: rf.name, record: r.name }, `a ${r.name} record written with the ${this.readerIsNew ? 'old' : 'new'} schema has no field "${rf.name}", and the ${this.readerIsNew ? 'new' : 'old'} schema gives it no default`);
      }
    }
  }

  private logical(r: Record<string, unknown> | undefined, w: Record<string, unknown> | undefined, path: string): void {
    const rl = r?.logicalType;
    const wl = w?.logicalType;
    const [o, n] = this.readerIsNew ? [w, r] : [r, w];
    if (rl !== wl) {
      this.report('avro/logical-type-changed', path, { old: String(o?.logicalType ?? 'none'), new: String(n?.logicalType ?? 'none') }, `the same bytes are read as ${String(rl ?? 'a plain value')} instead of ${String(wl ?? 'a plain value')}`);
      return;
    }
    if (rl !== 'decimal') return;
    const scale = (x?: Record<string, unknown>) => Number(x?.scale ?? 0);
    const precision = (x?: Record<string, unknown>) => Number(x?.precision);
    if (scale(r) !== scale(w)) {
      this.report('avro/decimal-scale-changed', path, { old: scale(o), new: scale(n) }, `the unscaled integer 12345 means ${12345 / 10 ** scale(w)} to the writer and ${12345 / 10 ** scale(r)} to the reader`);
    } else if (precision(r) < precision(w)) {
      this.report(this.readerIsNew ? 'avro/decimal-precision-narrowed' : 'avro/decimal-precision-widened', path, { old: precision(o), new: precision(n) }, `a value with ${precision(w)} digits does not fit the reader's precision ${precision(r)}`);
    }
  }
}
