import type { GroupNode, RegistryNode, ResourceNode, VersionNode } from '../entities/registry-node.js';
import type { Model } from '../model/model-types.js';

/** Group types whose `messages` are message definitions (message/spec.md, endpoint/spec.md). */
export const MESSAGE_HOSTS = ['messagegroups', 'endpoints'] as const;

/** One authored message Version, with the group (message group or endpoint) that holds it. */
export interface MessageEntry {
  /** xid of the message Resource, e.g. /messagegroups/g/messages/m. */
  xid: string;
  groupPlural: (typeof MESSAGE_HOSTS)[number];
  group: GroupNode;
  resource: ResourceNode;
  version: VersionNode;
}

/** Whether the model defines message definitions under the group type `plural`. */
export function hostsMessages(model: Model, plural: string): boolean {
  return model.groups[plural]?.resources['messages'] !== undefined;
}

/**
 * Every message Version of the registry, in message groups and inline in endpoints. Empty when
 * the model has no message types, so a custom model is never held to the message rules.
 */
export function messageEntries(registry: RegistryNode, model: Model): MessageEntry[] {
  const out: MessageEntry[] = [];
  for (const groupPlural of MESSAGE_HOSTS) {
    if (!hostsMessages(model, groupPlural)) continue;
    for (const group of registry.groups.get(groupPlural)?.values() ?? []) {
      for (const resource of group.resources.get('messages')?.values() ?? []) {
        const xid = `/${groupPlural}/${group.id}/messages/${resource.id}`;
        for (const version of resource.versions.values()) out.push({ xid, groupPlural, group, resource, version });
      }
    }
  }
  return out;
}

/** The message's id: its `messageid` attribute when it is a string, else its map key. */
export function messageId(entry: MessageEntry): string {
  const id = entry.version.attributes['messageid'];
  return typeof id === 'string' ? id : entry.resource.id;
}
