import { compareIds, type ApiView, type GroupNode, type ResourceModel, type ResourceNode, type ViewState } from '@xrgit/core';

/** One entity of the registry tree, located: enough to build its view and walk to its children. */
export type EntityNode =
  | { level: 'registry'; xid: '/'; id: string }
  | { level: 'group'; xid: string; id: string; gplural: string; group: GroupNode }
  | { level: 'resource'; xid: string; id: string; gplural: string; group: GroupNode; rplural: string; resource: ResourceNode }
  | { level: 'version'; xid: string; id: string; gplural: string; group: GroupNode; rplural: string; resource: ResourceNode };

/** The Registry itself. */
export function registryNode(state: ViewState): EntityNode {
  return { level: 'registry', xid: '/', id: String(state.registry.attributes['registryid'] ?? 'registry') };
}

/** The plural names of the collections directly under `node` (`versions` under a Resource). */
export function collectionNames(state: ViewState, node: EntityNode): string[] {
  if (node.level === 'registry') return Object.keys(state.model.groups);
  if (node.level === 'group') return Object.keys(state.model.groups[node.gplural]!.resources);
  if (node.level === 'resource') return ['versions'];
  return [];
}

/** The members of the collection `plural` under `node`, sorted by id (core/http.md). */
export function children(state: ViewState, node: EntityNode, plural: string): EntityNode[] {
  const ids = (m: Map<string, unknown> | undefined): string[] => [...(m?.keys() ?? [])].sort(compareIds);
  if (node.level === 'registry') {
    const groups = state.registry.groups.get(plural);
    return ids(groups).map((id) => ({ level: 'group', xid: `/${plural}/${id}`, id, gplural: plural, group: groups!.get(id)! }));
  }
  if (node.level === 'group') {
    const resources = node.group.resources.get(plural);
    return ids(resources).map((id) => ({ level: 'resource', xid: `${node.xid}/${plural}/${id}`, id, gplural: node.gplural, group: node.group, rplural: plural, resource: resources!.get(id)! }));
  }
  if (node.level === 'resource' && plural === 'versions') {
    return ids(node.resource.versions).map((id) => ({ ...node, level: 'version', xid: `${node.xid}/versions/${id}`, id }));
  }
  return [];
}

/** The Resource model of a Resource or Version node. */
export function resourceModel(state: ViewState, node: { gplural: string; rplural: string }): ResourceModel {
  return state.model.groups[node.gplural]!.resources[node.rplural]!;
}

/** The name of a member's id attribute in the collection `plural` under `parent`. */
export function idAttributeOf(state: ViewState, parent: EntityNode, plural: string): string {
  if (parent.level === 'registry') return `${state.model.groups[plural]!.singular}id`;
  if (parent.level === 'group') return `${state.model.groups[parent.gplural]!.resources[plural]!.singular}id`;
  return 'versionid';
}

/** The view of one entity's own attributes (no collections inlined), from core's ApiView. */
export function entityView(view: ApiView, node: EntityNode): Record<string, unknown> {
  switch (node.level) {
    case 'registry':
      return view.registry();
    case 'group':
      return view.group(node.gplural, node.group);
    case 'resource':
      return view.resource(node.gplural, node.group, node.rplural, node.resource);
    case 'version':
      return view.version(node.gplural, node.group, node.rplural, node.resource, node.id);
  }
}
