import type { ViewState } from '@xrgit/core';
import { children, registryNode, resourceModel, type EntityNode } from './entity-node.js';
import { ServeError } from './serve-error.js';

/** The root APIs besides the entities (core/http.md §HTTP API Patterns). */
export const ROOT_APIS = ['capabilities', 'capabilitiesoffered', 'model', 'modelsource', 'export', '.xregistry'] as const;
export type RootApi = (typeof ROOT_APIS)[number];

/** What a request path addresses. */
export type Target =
  | { kind: 'api'; name: RootApi }
  | { kind: 'entity'; node: EntityNode }
  | { kind: 'document'; node: EntityNode & { level: 'resource' | 'version' } }
  | { kind: 'collection'; parent: EntityNode; plural: string }
  | { kind: 'meta'; node: EntityNode & { level: 'resource' } };

const DETAILS = '$details';

/**
 * Resolves a request path (percent-decoded per segment, a trailing `/` ignored) to what it
 * addresses. Throws `api_not_found` for paths outside the URL space of the model,
 * `not_found` for unknown ids (subject: the xid), and `bad_details` for `$details` on anything
 * but a Resource or Version (core/http.md §Resource Metadata vs Resource Document).
 */
export function resolveTarget(state: ViewState, path: string): Target {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (trimmed === '/' || trimmed === '') return { kind: 'entity', node: registryNode(state) };
  const segs = trimmed.slice(1).split('/').map((s) => decodeURIComponent(s));
  if (segs.length === 1 && (ROOT_APIS as readonly string[]).includes(segs[0]!)) return { kind: 'api', name: segs[0] as RootApi };
  if (segs.length === 2 && segs[0] === '.well-known' && segs[1] === 'xregistry') return { kind: 'api', name: '.xregistry' };
  let node = registryNode(state);
  for (let i = 0; i < segs.length; i += 2) {
    const plural = segs[i]!;
    if (plural.endsWith(DETAILS)) throw new ServeError('bad_details', trimmed);
    if (node.level === 'resource' && plural === 'meta' && i === segs.length - 1) return { kind: 'meta', node };
    if (!collectionOf(state, node, plural)) throw new ServeError('api_not_found', trimmed);
    if (i === segs.length - 1) return { kind: 'collection', parent: node, plural };
    const raw = segs[i + 1]!;
    const details = raw.endsWith(DETAILS);
    const id = details ? raw.slice(0, -DETAILS.length) : raw;
    const next = children(state, node, plural).find((c) => c.id === id);
    if (!next) throw new ServeError('not_found', `${node.xid === '/' ? '' : node.xid}/${plural}/${id}`);
    if (details && next.level !== 'resource' && next.level !== 'version') throw new ServeError('bad_details', trimmed);
    if (i + 2 === segs.length) {
      if ((next.level === 'resource' || next.level === 'version') && !details && resourceModel(state, next).hasdocument) return { kind: 'document', node: next };
      return { kind: 'entity', node: next };
    }
    if (details) throw new ServeError('bad_details', trimmed);
    node = next;
  }
  throw new ServeError('api_not_found', trimmed);
}

function collectionOf(state: ViewState, node: EntityNode, plural: string): boolean {
  if (node.level === 'registry') return plural in state.model.groups;
  if (node.level === 'group') return plural in state.model.groups[node.gplural]!.resources;
  return node.level === 'resource' && plural === 'versions';
}
