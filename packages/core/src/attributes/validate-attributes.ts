import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Location } from '../diagnostics/diagnostic.js';
import type { SourceRef } from '../entities/registry-node.js';
import { describeType } from '../ids/check-id.js';
import { ATTRIBUTE_NAME, MAP_KEY } from '../model/model-keys.js';
import { SCALAR_TYPES, type AttributeDefinition, type AttributeMap, type ItemDefinition, type Model } from '../model/model-types.js';
import { SERVER_MANAGED } from '../model/spec-attributes.js';
import { didYouMean } from '../text/suggest-name.js';
import { checkScalar } from './check-scalar.js';
import { activeDefinitions } from './active-definitions.js';

/** What attribute validation needs to know about the entity being checked. */
export interface AttributeContext {
  model: Model;
  diagnostics: Diagnostics;
  xid: string;
  /** How messages name the entity, e.g. `message /messagegroups/g/messages/m`. */
  entity: string;
  source?: SourceRef;
}

/** Attributes exempt from the 4096-byte limit: the document itself (digest §1.2). */
const SIZE_LIMIT = 4096;

/**
 * Validates an entity's attribute values against the model's definitions for its level:
 * types, enums, ifvalues (case-insensitive), `*` extensions, unknown attributes, required
 * attributes (server-managed ones excepted at the top level), name and map-key syntax, and the
 * 4096-byte scalar limit (core/spec.md §Attributes and Extensions, §Data Types).
 * `exempt` names attributes that are checked elsewhere (documents, collections).
 */
export function validateAttributes(values: Record<string, unknown>, defs: AttributeMap, ctx: AttributeContext, exempt: ReadonlySet<string> = new Set()): void {
  validateObject(values, defs, ctx, '', { topLevel: true, exempt });
}

interface Level {
  topLevel: boolean;
  exempt: ReadonlySet<string>;
  namecharset?: 'strict' | 'extended';
}

function loc(ctx: AttributeContext, pointer: string): Location {
  return ctx.source ? { xid: ctx.xid, file: ctx.source.file, pointer: ctx.source.pointer + pointer } : { xid: ctx.xid, pointer };
}

function validateObject(values: Record<string, unknown>, defs: AttributeMap, ctx: AttributeContext, pointer: string, level: Level): void {
  const active = activeDefinitions(values, defs);
  for (const [name, value] of Object.entries(values)) {
    if (level.exempt.has(name)) continue;
    const p = `${pointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const validName = ATTRIBUTE_NAME.test(name) || (level.namecharset === 'extended' && MAP_KEY.test(name));
    if (!validName) {
      ctx.diagnostics.report('attribute/invalid-name', { name }, loc(ctx, p));
      continue;
    }
    const def = active[name] ?? active['*'];
    if (!def) {
      ctx.diagnostics.report('attribute/unknown', { name, entity: ctx.entity, suggestion: didYouMean(name, Object.keys(active)) }, loc(ctx, p));
      continue;
    }
    if (value === null || def.readonly) continue;
    validateValue(name, value, def, ctx, p);
    if (level.topLevel && SCALAR_TYPES.has(def.type) && byteLength(name, value) > SIZE_LIMIT) {
      ctx.diagnostics.report('attribute/too-large', { name, size: byteLength(name, value) }, loc(ctx, p));
    }
  }
  for (const def of Object.values(active)) {
    if (!def.required || def.readonly || def.name === '*' || def.default !== undefined) continue;
    if (level.topLevel && (SERVER_MANAGED.has(def.name) || def.name.endsWith('id'))) continue;
    if (values[def.name] === undefined || values[def.name] === null) {
      ctx.diagnostics.report('attribute/required-missing', { name: def.name, entity: ctx.entity, hint: hintFor(def) }, loc(ctx, pointer));
    }
  }
}

function hintFor(def: AttributeDefinition): string {
  if (Array.isArray(def.enum) && def.enum.length > 0) return `, one of: ${def.enum.map((e) => JSON.stringify(e)).join(', ')}`;
  return ` (${def.type})`;
}

function byteLength(name: string, value: unknown): number {
  return Buffer.byteLength(name) + Buffer.byteLength(typeof value === 'string' ? value : JSON.stringify(value));
}

function validateValue(name: string, value: unknown, def: AttributeDefinition | ItemDefinition, ctx: AttributeContext, p: string): void {
  if (def.type === 'any') return;
  if (SCALAR_TYPES.has(def.type)) {
    const bad = checkScalar(value, def.type, ctx.model, def.target);
    if (bad) {
      if (bad.problem) ctx.diagnostics.report('attribute/invalid-value', { name, value: JSON.stringify(value), detail: bad.problem }, loc(ctx, p));
      else ctx.diagnostics.report('attribute/invalid-type', { name, expected: bad.expected, found: describeType(value) }, loc(ctx, p));
      return;
    }
    checkEnum(name, value, def, ctx, p);
    if (typeof value === 'string' && value === '' && ['documentation', 'icon', 'name'].includes(name)) {
      ctx.diagnostics.report('attribute/empty', { name }, loc(ctx, p));
    }
    return;
  }
  if (def.type === 'object') {
    if (!isObject(value)) return void ctx.diagnostics.report('attribute/invalid-type', { name, expected: 'an object', found: describeType(value) }, loc(ctx, p));
    validateObject(value, def.attributes ?? {}, ctx, p, { topLevel: false, exempt: new Set(), namecharset: def.namecharset });
    return;
  }
  if (def.type === 'array') return validateArray(name, value, def, ctx, p);
  if (def.type === 'map') return validateMap(name, value, def, ctx, p);
}

function validateArray(name: string, value: unknown, def: AttributeDefinition | ItemDefinition, ctx: AttributeContext, p: string): void {
  if (!Array.isArray(value)) return void ctx.diagnostics.report('attribute/invalid-type', { name, expected: 'an array', found: describeType(value) }, loc(ctx, p));
  value.forEach((item, i) => {
    if (item === null) ctx.diagnostics.report('attribute/null-item', { name, index: i }, loc(ctx, `${p}/${i}`));
    else if (def.item) validateValue(name, item, def.item, ctx, `${p}/${i}`);
  });
}

function validateMap(name: string, value: unknown, def: AttributeDefinition | ItemDefinition, ctx: AttributeContext, p: string): void {
  if (!isObject(value)) return void ctx.diagnostics.report('attribute/invalid-type', { name, expected: 'a map', found: describeType(value) }, loc(ctx, p));
  for (const [key, item] of Object.entries(value)) {
    const kp = `${p}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!MAP_KEY.test(key)) ctx.diagnostics.report('attribute/invalid-map-key', { key, name }, loc(ctx, kp));
    if (item !== null && def.item) validateValue(`${name}.${key}`, item, def.item, ctx, kp);
  }
}

function checkEnum(name: string, value: unknown, def: AttributeDefinition | ItemDefinition, ctx: AttributeContext, p: string): void {
  if (!Array.isArray(def.enum) || def.enum.length === 0 || def.strict === false) return;
  if (def.enum.some((e) => e === value)) return;
  const ci = typeof value === 'string' ? def.enum.find((e) => typeof e === 'string' && e.toLowerCase() === value.toLowerCase()) : undefined;
  const suggestion = ci !== undefined ? ` Did you mean ${JSON.stringify(ci)}?` : typeof value === 'string' ? didYouMean(value, def.enum.map(String)) : '';
  ctx.diagnostics.report('attribute/not-in-enum', { name, value: JSON.stringify(value), allowed: def.enum.map((e) => JSON.stringify(e)).join(', '), suggestion }, loc(ctx, p));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
