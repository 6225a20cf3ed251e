import type { DiagnosticArgs } from '@xrgit/core';
import type { CompatFinding, Direction } from '../format-module.js';
import type { FormatsCode } from '../formats-catalogue.js';
import type { ProtoEnum, ProtoField, ProtoFile, ProtoMessage } from './read-proto.js';

/** Scalar groups whose values share one wire encoding (buf FIELD_WIRE_COMPATIBLE_TYPE; enums are varints). */
const WIRE_GROUPS = [['int32', 'uint32', 'int64', 'uint64', 'bool', 'enum'], ['sint32', 'sint64'], ['fixed32', 'sfixed32'], ['fixed64', 'sfixed64'], ['string', 'bytes']];
/** Of those, the ones whose JSON forms are also interchangeable (integers are read from numbers or strings); bool, enum names and base64 bytes are not. */
const JSON_GROUPS = [['int32', 'uint32', 'int64', 'uint64'], ['sint32', 'sint64'], ['fixed32', 'sfixed32'], ['fixed64', 'sfixed64']];

function group(groups: string[][], type: string): number {
  const t = type.startsWith('enum:') ? 'enum' : type;
  return groups.findIndex((g) => g.includes(t));
}

/** How a type change affects readers: none, only the JSON encoding, or the wire format too. */
function typeChange(oldType: string, newType: string): 'none' | 'json' | 'wire' {
  if (oldType === newType) return 'none';
  const w = group(WIRE_GROUPS, oldType);
  if (w < 0 || w !== group(WIRE_GROUPS, newType)) return 'wire';
  const j = group(JSON_GROUPS, oldType);
  return j >= 0 && j === group(JSON_GROUPS, newType) ? 'none' : 'json';
}

function reservedNumber(reserved: Array<number[] | string>, n: number): boolean {
  return reserved.some((r) => Array.isArray(r) && n >= r[0]! && n <= r[1]!);
}

function reservedName(reserved: Array<number[] | string>, name: string): boolean {
  return reserved.includes(name);
}

/**
 * Protobuf compatibility after buf's WIRE_JSON category (which includes WIRE): field numbers,
 * wire-compatible types, cardinality, oneof membership, reservations of deleted numbers and names,
 * enum values; plus removed messages/enums and a changed package (buf FILE rules, kept because a
 * message definition may name the type). Required-field rules depend on the direction; the rest
 * break both ways.
 */
export function compareProtobuf(oldFile: ProtoFile, newFile: ProtoFile, direction: Direction): CompatFinding[] {
  const out: CompatFinding[] = [];
  const prefix = newFile.package === '' ? '' : `${newFile.package}.`;
  const oldPrefix = oldFile.package === '' ? '' : `${oldFile.package}.`;
  const report = (code: FormatsCode, path: string, args: DiagnosticArgs) => out.push({ code, pointer: prefix + path, oldPointer: oldPrefix + path, args: { path: prefix + path, ...args } });
  if (oldFile.package !== newFile.package) report('protobuf/package-changed', '', { old: oldFile.package || '(none)', new: newFile.package || '(none)' });
  for (const [name, oldType] of oldFile.types) {
    const newType = newFile.types.get(name);
    if (!newType || newType.kind !== oldType.kind) {
      report(oldType.kind === 'message' ? 'protobuf/message-removed' : 'protobuf/enum-removed', name, { name });
      continue;
    }
    if (oldType.kind === 'message') compareMessage(oldType, newType as ProtoMessage, name, direction, report);
    else compareEnum(oldType, newType as ProtoEnum, name, report);
  }
  return out;
}

type Report = (code: FormatsCode, path: string, args: DiagnosticArgs) => void;

function compareMessage(o: ProtoMessage, n: ProtoMessage, path: string, direction: Direction, report: Report): void {
  for (const of of o.fields) {
    const byNumber = n.fields.find((f) => f.number === of.number);
    const byName = n.fields.find((f) => f.name === of.name);
    const at = `${path}.${of.name}`;
    if (!byNumber) {
      if (byName) report('protobuf/field-number-changed', at, { field: of.name, old: of.number, new: byName.number });
      else if (!reservedNumber(n.reserved, of.number) || !reservedName(n.reserved, of.name)) {
        report('protobuf/field-removed-unreserved', at, { field: of.name, number: of.number, missing: [reservedNumber(n.reserved, of.number) ? '' : `number ${of.number}`, reservedName(n.reserved, of.name) ? '' : `name "${of.name}"`].filter(Boolean).join(' and ') });
      }
      continue;
    }
    if (byNumber.name !== of.name) report('protobuf/field-number-reused', at, { number: of.number, old: `${of.name} (${of.type})`, new: `${byNumber.name} (${byNumber.type})` });
    compareField(of, byNumber, at, direction, report);
  }
  for (const nf of n.fields) {
    const existed = o.fields.some((f) => f.number === nf.number);
    if (!existed && nf.label === 'required' && direction === 'backward') report('protobuf/field-made-required', `${path}.${nf.name}`, { field: nf.name });
  }
}

function compareField(o: ProtoField, n: ProtoField, at: string, direction: Direction, report: Report): void {
  for (const [oldT, newT, what] of [[o.type, n.type, 'type'], [o.keyType ?? '', n.keyType ?? '', 'map key type']] as const) {
    const change = typeChange(oldT, newT);
    if (change === 'wire') report('protobuf/field-type-changed', at, { field: n.name, what, old: oldT, new: newT });
    if (change === 'json') report('protobuf/field-type-changed-json', at, { field: n.name, what, old: oldT, new: newT });
  }
  const repeated = (f: ProtoField) => f.label === 'repeated';
  if (repeated(o) !== repeated(n)) report('protobuf/field-cardinality-changed', at, { field: n.name, old: o.label, new: n.label });
  if (o.label !== 'required' && n.label === 'required' && direction === 'backward') report('protobuf/field-made-required', at, { field: n.name });
  if (o.label === 'required' && n.label !== 'required' && direction === 'forward') report('protobuf/field-no-longer-required', at, { field: n.name });
  if (o.oneof !== n.oneof) report('protobuf/field-oneof-changed', at, { field: n.name, old: o.oneof ?? '(none)', new: n.oneof ?? '(none)' });
}

function compareEnum(o: ProtoEnum, n: ProtoEnum, path: string, report: Report): void {
  const newNames = new Map(Object.entries(n.values));
  const newNumbers = new Map(Object.entries(n.values).map(([k, v]) => [v, k]));
  for (const [name, number] of Object.entries(o.values)) {
    const at = `${path}.${name}`;
    const sameName = newNames.get(name);
    if (sameName !== undefined) {
      if (sameName !== number) report('protobuf/enum-value-renumbered', at, { value: name, old: number, new: sameName });
      continue;
    }
    const renamed = newNumbers.get(number);
    if (renamed !== undefined) report('protobuf/enum-value-renamed', at, { number, old: name, new: renamed });
    else if (!reservedNumber(n.reserved, number) || !reservedName(n.reserved, name)) report('protobuf/enum-value-removed', at, { value: name, number });
  }
}
