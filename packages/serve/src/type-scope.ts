import type { ViewState } from '@xrgit/core';
import type { EntityNode } from './entity-node.js';

/** A level of the model (not of the data): what `inline`, `filter` and `sort` paths walk. */
export type TypeScope =
  | { level: 'registry' }
  | { level: 'group'; gplural: string }
  | { level: 'resource' | 'version'; gplural: string; rplural: string };

/** The type scope of an entity node. */
export function scopeOf(node: EntityNode): TypeScope {
  if (node.level === 'registry') return { level: 'registry' };
  if (node.level === 'group') return { level: 'group', gplural: node.gplural };
  return { level: node.level, gplural: node.gplural, rplural: node.rplural };
}

/** The scope of the members of the collection `plural` inside `scope`, or undefined when there is none. */
export function memberScope(state: ViewState, scope: TypeScope, plural: string): TypeScope | undefined {
  if (scope.level === 'registry') return plural in state.model.groups ? { level: 'group', gplural: plural } : undefined;
  if (scope.level === 'group') return plural in state.model.groups[scope.gplural]!.resources ? { level: 'resource', gplural: scope.gplural, rplural: plural } : undefined;
  if (scope.level === 'resource' && plural === 'versions') return { level: 'version', gplural: scope.gplural, rplural: scope.rplural };
  return undefined;
}

/** The attribute names the model declares at a scope (to tell non-inlineable from unknown names). */
export function declaredAttributes(state: ViewState, scope: TypeScope): string[] {
  if (scope.level === 'registry') return Object.keys(state.model.attributes);
  const gm = state.model.groups[scope.gplural]!;
  if (scope.level === 'group') return Object.keys(gm.attributes);
  const rm = gm.resources[scope.rplural]!;
  return [...Object.keys(rm.attributes), ...(scope.level === 'resource' ? Object.keys(rm.resourceattributes) : [])];
}

/** The document attribute name (`<RESOURCE>`) at a Resource or Version scope of a hasdocument type. */
export function documentName(state: ViewState, scope: TypeScope): string | undefined {
  if (scope.level !== 'resource' && scope.level !== 'version') return undefined;
  const rm = state.model.groups[scope.gplural]!.resources[scope.rplural]!;
  return rm.hasdocument ? rm.singular : undefined;
}
