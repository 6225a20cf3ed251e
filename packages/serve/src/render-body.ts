import { inlineDocument, lineageOf, orderKeys, type ApiView, type ViewState } from '@xrgit/core';
import { children, collectionNames, entityView, resourceModel, type EntityNode } from './entity-node.js';
import type { FilterSelection } from './filter-selection.js';
import { CONFIG_INLINES, inlineBelow, type InlinePlan } from './inline-plan.js';

/** What a response body is assembled from. */
export interface RenderContext {
  state: ViewState;
  /** The view entities are shown in (API or doc mode). */
  view: ApiView;
  /** The published capabilities (for `?inline=capabilities`). */
  capabilities: Record<string, unknown>;
  /** Document view: a Resource shows no default-Version attributes, its document included. */
  doc: boolean;
  /** `?binary`: documents always inline as `<RESOURCE>base64`. */
  binary: boolean;
  selection?: FilterSelection;
}

/** Moves the `tail` keys (collections, meta, versions) to the end, in that order. */
function placeTail(obj: Record<string, unknown>, tail: readonly string[]): Record<string, unknown> {
  return orderKeys(obj, Object.keys(obj).filter((k) => !tail.includes(k)), tail);
}

/** The members of collection `plural` under `node` that the response keeps. */
export function keptChildren(ctx: RenderContext, node: EntityNode, plural: string): EntityNode[] {
  const all = children(ctx.state, node, plural);
  return ctx.selection ? all.filter((c) => ctx.selection!.keeps(c)) : all;
}

const BINARY_TYPEMAP = { typemap: { '*/*': 'binary' as const } };

/** Adds `<RESOURCE>` or `<RESOURCE>base64` for the document of a Resource (its default Version) or Version. */
function addDocument(ctx: RenderContext, node: EntityNode & { level: 'resource' | 'version' }, obj: Record<string, unknown>): void {
  const rm = resourceModel(ctx.state, node);
  const vid = node.level === 'version' ? node.id : lineageOf(node.resource, rm).defaultVersionId;
  const version = vid === undefined ? undefined : node.resource.versions.get(vid);
  if (!version?.document) return;
  const [key, value] = inlineDocument(version.document, version.attributes['contenttype'], ctx.binary ? { ...rm, ...BINARY_TYPEMAP } : rm);
  obj[key] = value;
}

/**
 * One entity with what `plan` inlines below it (core/spec.md §Inline Flag): the entity's own
 * view from core's ApiView, then its collections (filtered, with `count` and `url` adjusted
 * when a filter is on), `meta`, the document, and at the Registry the configuration attributes.
 */
export function renderEntity(ctx: RenderContext, node: EntityNode, plan: InlinePlan | undefined): Record<string, unknown> {
  const obj: Record<string, unknown> = { ...entityView(ctx.view, node) };
  const tail: string[] = [];
  if (node.level === 'registry') {
    const config: Record<string, unknown> = { model: ctx.state.model, capabilities: ctx.capabilities, modelsource: ctx.state.modelsource };
    for (const name of CONFIG_INLINES) if (inlineBelow(plan, name)) obj[name] = config[name];
    tail.push('model', 'capabilities', 'modelsource');
  }
  if (node.level === 'resource') {
    if (inlineBelow(plan, 'meta')) obj['meta'] = ctx.view.meta(node.gplural, node.group, node.rplural, node.resource);
    tail.push('metaurl', 'meta');
  }
  const documentHere = node.level === 'version' || (node.level === 'resource' && !ctx.doc);
  if (documentHere && inlineBelow(plan, resourceModel(ctx.state, node).singular)) addDocument(ctx, node, obj);
  for (const plural of collectionNames(ctx.state, node)) {
    const members = keptChildren(ctx, node, plural);
    if (ctx.selection) {
      obj[`${plural}count`] = members.length;
      obj[`${plural}url`] = `${String(obj[`${plural}url`])}${ctx.selection.collectionQuery(node, plural, members.length)}`;
    }
    const sub = inlineBelow(plan, plural);
    if (sub) obj[plural] = renderMembers(ctx, members, sub);
    tail.push(`${plural}url`, `${plural}count`, plural);
  }
  return placeTail(obj, tail);
}

/** A collection map (id → entity) of the given members, in the order given. */
export function renderMembers(ctx: RenderContext, members: readonly EntityNode[], plan: InlinePlan | undefined): Record<string, unknown> {
  return Object.fromEntries(members.map((m) => [m.id, renderEntity(ctx, m, plan)]));
}

/** `?collections` (core/spec.md §Collections Flag): only the collection maps of the root entity, all inlined. */
export function renderCollectionsOnly(ctx: RenderContext, node: EntityNode, plan: InlinePlan): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const plural of collectionNames(ctx.state, node)) out[plural] = renderMembers(ctx, keptChildren(ctx, node, plural), inlineBelow(plan, plural));
  return out;
}
