import { ApiView, documentHeaders, lineageOf, type ViewState } from '@xrgit/core';
import { entityView, resourceModel, type EntityNode } from './entity-node.js';
import { parseFilterExpression } from './filter-expression.js';
import { FilterSelection, type FilterBranch } from './filter-selection.js';
import { parseInline, type InlinePlan } from './inline-plan.js';
import { paginate } from './paginate.js';
import { relativizeUrls } from './relativize-urls.js';
import { keptChildren, renderCollectionsOnly, renderEntity, renderMembers, type RenderContext } from './render-body.js';
import type { RequestFlags } from './request-flags.js';
import { ServeError } from './serve-error.js';
import { jsonResponse, type ServeResponse } from './serve-response.js';
import { sortMembers, parseSort } from './sort-members.js';
import { memberScope, scopeOf, type TypeScope } from './type-scope.js';

/** Everything one GET needs besides its target. */
export interface ReadRequest {
  state: ViewState;
  flags: RequestFlags;
  /** Base URL without a trailing slash. */
  base: string;
  /** The request path, the subject of errors. */
  path: string;
  params: URLSearchParams;
  capabilities: Record<string, unknown>;
}

/** `?filter` as ORed branches of ANDed expressions; `'excludeall'` for the spec's special value. */
function filterBranches(r: ReadRequest, scope: TypeScope): FilterBranch[] | 'excludeall' | undefined {
  const values = r.flags.filter;
  if (!values) return undefined;
  if (values.some((v) => v.split(',').includes('excludeall'))) {
    if (values.length > 1 || values[0] !== 'excludeall') throw new ServeError('bad_filter', r.path, { value: values.join('&filter='), error_detail: '"excludeall" cannot be combined with other expressions' });
    return 'excludeall';
  }
  return values.map((v) => v.split(',').map((t) => parseFilterExpression(r.state, t, scope, r.path)));
}

function context(r: ReadRequest, selection?: FilterSelection): RenderContext {
  return { state: r.state, view: new ApiView(r.state, r.base, r.flags.doc ? 'doc' : 'api'), capabilities: r.capabilities, doc: r.flags.doc, binary: r.flags.binary, ...(selection ? { selection } : {}) };
}

function collectionPlurals(state: ViewState): Set<string> {
  return new Set(['versions', ...Object.keys(state.model.groups), ...Object.values(state.model.groups).flatMap((g) => Object.keys(g.resources))]);
}

function checkDocXref(r: ReadRequest, node: EntityNode): void {
  if (r.flags.doc && (node.level === 'resource' || node.level === 'version') && node.resource.meta['xref'] !== undefined) {
    throw new ServeError('cannot_doc_xref', `/${node.gplural}/${node.group.id}/${node.rplural}/${node.resource.id}`);
  }
}

/** GET of an entity (Registry, Group, Resource or Version metadata), with every flag applied. */
export function entityResponse(r: ReadRequest, node: EntityNode): ServeResponse {
  if (node.level === 'version') checkDocXref(r, node);
  const scope = scopeOf(node);
  const branches = filterBranches(r, scope);
  if (branches === 'excludeall') throw new ServeError('not_found', node.xid);
  const inline = r.flags.collections ? [...(r.flags.inline ?? []), '*'] : r.flags.inline;
  const plan: InlinePlan | undefined = inline ? parseInline(r.state, inline, scope, r.path) : undefined;
  const selection = branches ? new FilterSelection(r.state, node, [], branches, r.path) : undefined;
  if (selection && !selection.rootMatches()) throw new ServeError('not_found', node.xid);
  const ctx = context(r, selection);
  const body = r.flags.collections ? renderCollectionsOnly(ctx, node, plan!) : renderEntity(ctx, node, plan);
  if (r.flags.doc) relativizeUrls(body, collectionPlurals(r.state));
  const headers: Record<string, string> = {};
  // core/http.md: a Resource's $details MAY carry the default Version's URL as Content-Location
  if (node.level === 'resource' && !r.flags.doc) {
    const vid = lineageOf(node.resource, resourceModel(r.state, node)).defaultVersionId;
    if (vid !== undefined) headers['Content-Location'] = new ApiView(r.state, r.base).meta(node.gplural, node.group, node.rplural, node.resource)['defaultversionurl'] as string;
  }
  return jsonResponse(body, 200, headers);
}

/** GET of a Resource's `meta`. */
export function metaResponse(r: ReadRequest, node: EntityNode & { level: 'resource' }): ServeResponse {
  // meta has no collections: every expression is an attribute of meta itself
  const branches = filterBranches(r, { level: 'version', gplural: node.gplural, rplural: node.rplural });
  if (branches === 'excludeall') throw new ServeError('not_found', `${node.xid}/meta`);
  const view = new ApiView(r.state, r.base, r.flags.doc ? 'doc' : 'api');
  const body = view.meta(node.gplural, node.group, node.rplural, node.resource);
  if (branches && !branches.some((b) => new FilterSelection(r.state, node, [], [b.map((e) => ({ ...e, onMeta: true }))], r.path).rootMatches())) throw new ServeError('not_found', `${node.xid}/meta`);
  if (r.flags.doc) relativizeUrls(body, collectionPlurals(r.state));
  return jsonResponse(body);
}

/** GET of a collection (`/<GROUPS>`, `…/<RESOURCES>`, `…/versions`): filter, sort, page, inline. */
export function collectionResponse(r: ReadRequest, parent: EntityNode, plural: string): ServeResponse {
  checkDocXref(r, parent);
  const scope = memberScope(r.state, scopeOf(parent), plural)!;
  const branches = filterBranches(r, scope);
  const plan = r.flags.inline ? parseInline(r.state, r.flags.inline, scope, r.path) : undefined;
  const sort = r.flags.sort === undefined ? undefined : parseSort(r.flags.sort, r.path);
  if (branches === 'excludeall') return jsonResponse({});
  const selection = branches ? new FilterSelection(r.state, parent, [plural], branches, r.path) : undefined;
  const ctx = context(r, selection);
  let members = keptChildren(ctx, parent, plural);
  if (sort) members = sortMembers(new ApiView(r.state, r.base), members, sort);
  const headers: Record<string, string | string[]> = {};
  if (r.flags.limit !== undefined) {
    const page = paginate(members, r.flags.limit, r.flags.offset, (offset) => pageUrl(r, offset));
    members = page.items;
    headers['Link'] = page.links;
  }
  const body = renderMembers(ctx, members, plan);
  if (r.flags.doc) relativizeUrls(body, collectionPlurals(r.state), `${r.base}${r.path}`);
  return jsonResponse(body, 200, headers);
}

function pageUrl(r: ReadRequest, offset: number): string {
  const params = new URLSearchParams(r.params);
  params.delete('offset');
  if (offset > 0) params.set('offset', String(offset));
  return `${r.base}${r.path}?${params.toString()}`;
}

/**
 * GET of a document (`…/<RID>`, `…/versions/<VID>` of a hasdocument type): its bytes, or `303`
 * to `<RESOURCE>url`, with the `xRegistry-*` headers (core/http.md §Serializing Resource
 * Domain-Specific Documents). An entity-level filter that does not match is a 404.
 */
export function documentResponse(r: ReadRequest, node: EntityNode & { level: 'resource' | 'version' }): ServeResponse {
  const branches = filterBranches(r, scopeOf(node));
  if (branches === 'excludeall' || (branches && !new FilterSelection(r.state, node, [], branches, r.path).rootMatches())) throw new ServeError('not_found', node.xid);
  const rm = resourceModel(r.state, node);
  const details = entityView(new ApiView(r.state, r.base), node);
  const vid = node.level === 'version' ? node.id : lineageOf(node.resource, rm).defaultVersionId;
  const version = vid === undefined ? undefined : node.resource.versions.get(vid);
  const location = node.level === 'resource' && vid !== undefined ? `${r.base}${node.xid}/versions/${vid}` : undefined;
  const { contentType, headers } = documentHeaders(details, rm, `${r.base}${node.xid}`, location);
  const external = version?.attributes[`${rm.singular}url`];
  if (typeof external === 'string') return { status: 303, headers: { ...headers, Location: external }, body: new Uint8Array(0) };
  return { status: 200, headers: { ...headers, ...(contentType ? { 'Content-Type': contentType } : {}) }, body: version?.document ?? new Uint8Array(0) };
}
