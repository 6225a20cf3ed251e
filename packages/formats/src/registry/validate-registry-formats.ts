import { Diagnostics, lineageOf, type Location, type Model, type RegistryNode, type ResourceModel, type ResourceNode, type ValidationResult, type VersionNode } from '@xrgit/core';
import { MODES, type CompatibilityMode } from '../check-compatibility.js';
import { formatFor } from '../format-for.js';
import type { FormatContext, Verdict } from '../format-module.js';
import { registrySchemaResolver } from './schema-resolver.js';

/** Results of validating a registry's documents and compatibility (core/spec.md §formatvalidated, §compatibility). */
export interface FormatValidation {
  /** Per Version xid: the four read-only attributes as the spec defines them. */
  results: Map<string, ValidationResult>;
  diagnostics: Diagnostics<string>;
}

interface Ctx {
  model: Model;
  ctx: FormatContext;
  out: FormatValidation;
  verdicts: Map<string, Verdict>;
}

/**
 * Validates every Version of every Resource type with `validateformat` against its `format`, and
 * with `validatecompatibility` checks `meta.compatibility` along the `ancestorid` lineage (the
 * `_transitive` modes against every earlier version). Sets `formatvalidated`,
 * `compatibilityvalidated` and their reasons exactly as core/spec.md says (present only when
 * validation is on and a format is set; a reason only when false). A document that fails its
 * format is an error (`format_violation`); an incompatible change is an error
 * (`compatibility_violation`) with the rule, the path and a counterexample where the format
 * allows; what cannot be checked is `false` with the reason — an error only under
 * `strictvalidation`. External documents (`<RESOURCE>url`) are never fetched.
 */
export function validateRegistryFormats(registry: RegistryNode, model: Model, options: { baseUrl?: string } = {}): FormatValidation {
  const c: Ctx = { model, ctx: { resolve: registrySchemaResolver(registry, model, options.baseUrl) }, out: { results: new Map(), diagnostics: new Diagnostics<string>() }, verdicts: new Map() };
  for (const [gp, groups] of registry.groups) {
    for (const [gid, group] of groups) {
      for (const [rp, resources] of group.resources) {
        const rm = model.groups[gp]?.resources[rp];
        if (!rm?.validateformat) continue;
        for (const [rid, resource] of resources) checkResource(c, rm, `/${gp}/${gid}/${rp}/${rid}`, resource);
      }
    }
  }
  return c.out;
}

function where(vxid: string, v: VersionNode, pointer?: string, line?: number, column?: number): Location {
  const loc: Location = { xid: vxid };
  const src = v.documentSource ?? v.source;
  if (src) {
    loc.file = src.file;
    if (pointer !== undefined && pointer.startsWith('/')) loc.pointer = `${src.pointer}${pointer}`;
    else loc.pointer = src.pointer;
  }
  if (line !== undefined) {
    loc.line = line;
    loc.column = column ?? 1;
  }
  return loc;
}

function checkResource(c: Ctx, rm: ResourceModel, rxid: string, resource: ResourceNode): void {
  const valid = new Set<string>();
  for (const v of resource.versions.values()) {
    const format = v.attributes['format'];
    if (typeof format !== 'string') continue;
    const vxid = `${rxid}/versions/${v.id}`;
    const r = checkFormat(c, rm, vxid, v, format);
    c.out.results.set(vxid, r);
    if (r.formatvalidated) valid.add(v.id);
  }
  const mode = resource.meta['compatibility'];
  if (!rm.validatecompatibility || typeof mode !== 'string' || !(mode in MODES)) return;
  checkLineage(c, rm, rxid, resource, mode as CompatibilityMode, valid);
}

function unchecked(c: Ctx, rm: ResourceModel, vxid: string, v: VersionNode, reason: string, code: 'format_unknown' | 'format_external'): ValidationResult {
  if (rm.strictvalidation) c.out.diagnostics.report('format/not-validated', { format: String(v.attributes['format']), reason: `${reason} (strictvalidation is on: ${code})` }, where(vxid, v), 'error');
  return { formatvalidated: false, formatvalidatedreason: reason };
}

function checkFormat(c: Ctx, rm: ResourceModel, vxid: string, v: VersionNode, format: string): ValidationResult {
  const url = v.attributes[`${rm.singular}url`];
  if (typeof url === 'string') return unchecked(c, rm, vxid, v, `the document is external (${url}) and is not fetched during a build`, 'format_external');
  const module = formatFor(format);
  if (!module) return unchecked(c, rm, vxid, v, `xrgit has no validator for format "${format}"`, 'format_unknown');
  const findings = module.validate(v.document ?? new Uint8Array(), format, c.ctx);
  for (const f of findings) c.out.diagnostics.report(f.code, { ...f.args }, where(vxid, v, f.pointer, f.line, f.column), f.severity);
  if (findings.some((f) => f.severity === 'error')) return { formatvalidated: false, formatvalidatedreason: `the document is not valid ${format}` };
  return { formatvalidated: true };
}

/** Each Version against its ancestor (or every earlier ancestor for _transitive modes). */
function checkLineage(c: Ctx, rm: ResourceModel, rxid: string, resource: ResourceNode, mode: CompatibilityMode, valid: Set<string>): void {
  const lineage = lineageOf(resource, rm);
  const { directions, transitive } = MODES[mode];
  for (const v of resource.versions.values()) {
    const vxid = `${rxid}/versions/${v.id}`;
    const result = c.out.results.get(vxid);
    if (!result) continue;
    const chain = ancestorsOf(v.id, lineage.ancestors);
    const against = transitive ? chain : chain.slice(0, 1);
    if (against.length === 0) {
      c.out.results.set(vxid, { ...result, compatibilityvalidated: true });
      continue;
    }
    if (!result.formatvalidated || against.some((a) => !valid.has(a))) {
      c.out.results.set(vxid, { ...result, compatibilityvalidated: false, compatibilityvalidatedreason: 'a version involved could not be format-validated' });
      continue;
    }
    const reasons: string[] = [];
    let incompatible = false;
    for (const a of against) {
      for (const direction of directions) {
        const verdict = compare(c, resource, a, v, direction, String(v.attributes['format']), rxid);
        if (verdict.verdict === 'unknown') reasons.push(`against version ${a} (${direction}): ${verdict.reason}`);
        if (verdict.verdict === 'incompatible') {
          incompatible = true;
          for (const f of verdict.findings) {
            const counterexample = f.counterexample ? ('value' in f.counterexample ? JSON.stringify(f.counterexample.value) : f.counterexample.description) : undefined;
            c.out.diagnostics.report(f.code, { ...f.args, version: v.id, against: a, direction, mode, ...(counterexample !== undefined ? { counterexample } : {}) }, where(vxid, v, f.pointer));
          }
        }
      }
    }
    if (incompatible) c.out.results.set(vxid, { ...result, compatibilityvalidated: false, compatibilityvalidatedreason: `not ${mode} compatible` });
    else if (reasons.length > 0) {
      if (rm.strictvalidation) c.out.diagnostics.report('format/not-validated', { format: String(v.attributes['format']), reason: `compatibility could not be decided ${reasons.join('; ')} (strictvalidation is on: compatibility_unknown)` }, where(vxid, v), 'error');
      c.out.results.set(vxid, { ...result, compatibilityvalidated: false, compatibilityvalidatedreason: reasons.join('; ') });
    } else c.out.results.set(vxid, { ...result, compatibilityvalidated: true });
  }
}

function compare(c: Ctx, resource: ResourceNode, oldId: string, v: VersionNode, direction: 'backward' | 'forward', format: string, rxid: string): Verdict {
  const key = `${rxid}\u0000${oldId}\u0000${v.id}\u0000${direction}`;
  let verdict = c.verdicts.get(key);
  if (!verdict) {
    const old = resource.versions.get(oldId)!;
    verdict = formatFor(format)!.compare(old.document ?? new Uint8Array(), v.document ?? new Uint8Array(), direction, format, c.ctx);
    c.verdicts.set(key, verdict);
  }
  return verdict;
}

/** The ancestors of `id`, nearest first, stopping at the root or a cycle. */
function ancestorsOf(id: string, ancestors: Map<string, string>): string[] {
  const out: string[] = [];
  let cur = id;
  const seen = new Set([id]);
  for (;;) {
    const a = ancestors.get(cur);
    if (a === undefined || a === cur || seen.has(a)) return out;
    out.push(a);
    seen.add(a);
    cur = a;
  }
}
