import { isDeepStrictEqual } from 'node:util';
import { defaultModelSource, type Diagnostics, type GroupModel, type GroupNode, type Model, type RegistryNode } from '@xrgit/core';
import { reservedIdReason } from '../layout/check-reserved-ids.js';
import { layoutContext, type LayoutContext } from '../layout/layout-context.js';
import type { ImportCode } from './import-catalogue.js';
import { resourceFiles } from './resource-files.js';
import { withoutComputed } from './strip-computed.js';
import { putFile, type WriterState } from './writer-state.js';

/** Options of {@link layoutFiles}. */
export interface LayoutFilesOptions {
  /** Where problems go: `import/*` rules; files are complete only when no error was reported. */
  diagnostics: Diagnostics<ImportCode>;
  /** The model source to write as `model.yaml`, instead of the registry's own `modelsource`. */
  modelsource?: Record<string, unknown>;
}

/**
 * The files of the definitions layout (docs/layout.md) that hold `registry`, by path relative to
 * the registry directory: the inverse of `loadLayout`. Loading the files gives the same groups,
 * resources, versions (same ids), attributes and document bytes as `registry` without the
 * attributes a registry computes (see `withoutComputed`); `format` and `contenttype` are written
 * only where the loader would infer something else, and may be added where `registry` has none.
 * Pure: reads nothing, writes nothing. Problems (ids that cannot be file names, entities the
 * layout cannot hold) are reported to `options.diagnostics`; nothing is dropped silently.
 */
export function layoutFiles(registry: RegistryNode, model: Model, options: LayoutFilesOptions): Map<string, Uint8Array> {
  const state: WriterState = { files: new Map(), owners: new Map(), diagnostics: options.diagnostics };
  const clean = withoutComputed(registry, model, options.diagnostics);
  if (Object.keys(clean.attributes).length > 0) putFile(state, 'registry.yaml', clean.attributes, '/');
  const modelsource = options.modelsource ?? clean.modelsource;
  if (modelsource && !isDeepStrictEqual(modelsource, defaultModelSource())) putFile(state, 'model.yaml', modelsource, '/modelsource');
  const ctx = layoutContext(model);
  for (const [plural, groups] of clean.groups) {
    for (const group of groups.values()) groupFiles(state, ctx, plural, ctx.group(plural)!, group);
  }
  reportCaseClashes(state);
  return new Map([...state.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function checkId(state: WriterState, id: string, xid: string): boolean {
  const detail = reservedIdReason(id);
  if (detail) state.diagnostics.report('import/reserved-id', { id, xid, detail }, {});
  return detail === undefined;
}

/** `<GROUPS>/<gid>/<singular>.yaml` when the Group has attributes or nothing else defines it, then its Resources. */
function groupFiles(state: WriterState, ctx: LayoutContext, plural: string, gm: GroupModel, g: GroupNode): void {
  const xid = `/${plural}/${g.id}`;
  if (!checkId(state, g.id, xid)) return;
  const before = state.files.size;
  for (const [rplural, resources] of g.resources) {
    const rm = gm.resources[rplural]!;
    const placement = { infersFormat: ctx.infersFormat(plural, rplural), ...optional('groupFormat', groupFormat(g, rplural)) };
    for (const r of resources.values()) {
      const rxid = `${xid}/${rplural}/${r.id}`;
      if (!checkId(state, r.id, rxid) || ![...r.versions.keys()].every((vid) => checkId(state, vid, `${rxid}/versions/${vid}`))) continue;
      resourceFiles(state, { dir: `${plural}/${g.id}/${rplural}`, xid: rxid, model: rm, placement }, r);
    }
  }
  if (Object.keys(g.attributes).length > 0 || state.files.size === before) putFile(state, `${plural}/${g.id}/${gm.singular}.yaml`, g.attributes, xid);
}

/** The format the loader gives documents of `rplural` that declare none (docs/layout.md §8.2 rules 3 and 4). */
function groupFormat(g: GroupNode, rplural: string): string | undefined {
  if (typeof g.attributes['format'] === 'string') return g.attributes['format'];
  const constraints = g.attributes['constraints'];
  if (constraints === null || typeof constraints !== 'object') return undefined;
  const c = (constraints as Record<string, unknown>)[`${rplural}.format`];
  const dflt = c !== null && typeof c === 'object' ? (c as Record<string, unknown>)['default'] : undefined;
  return typeof dflt === 'string' ? dflt : undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** Paths (and directories) that differ only in case cannot both exist on case-insensitive file systems. */
function reportCaseClashes(state: WriterState): void {
  const seen = new Map<string, string>();
  for (const path of state.files.keys()) {
    const segs = path.split('/');
    for (let i = 1; i <= segs.length; i += 1) {
      const part = segs.slice(0, i).join('/');
      const other = seen.get(part.toLowerCase());
      if (other === undefined) seen.set(part.toLowerCase(), part);
      else if (other !== part) {
        state.diagnostics.report('import/path-clash', { xid: state.owners.get(path)!, path: part, other }, {});
        break;
      }
    }
  }
}
