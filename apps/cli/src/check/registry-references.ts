import type { RegistryNode } from '@xrgit/core';
import { refTarget } from './ref-target.js';
import { defaultAttributes, groupsOf, resourcesOf } from './registry-walk.js';

/** The messages and endpoints that use an entity. Sorted xids. */
export interface Users {
  messages: string[];
  endpoints: string[];
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/**
 * Who uses what in one registry (the message and endpoint domains, message/spec.md and
 * endpoint/spec.md): messages point at schemas with `dataschemauri`/`dataschemaxid` (the schema
 * or one of its versions), messages derive from messages with `basemessageuri`, endpoints list
 * message groups in `messagegroups` or inline their messages. `alsoKnown` adds xids that no
 * longer exist here (entities of the base registry) so that references to removed entities
 * still resolve.
 */
export class RegistryReferences {
  private readonly schemaUsers = new Map<string, Set<string>>();
  private readonly derivedFrom = new Map<string, Set<string>>();
  private readonly groupEndpoints = new Map<string, Set<string>>();

  constructor(registry: RegistryNode, alsoKnown: Iterable<string> = []) {
    const known = new Set(alsoKnown);
    for (const r of resourcesOf(registry)) {
      known.add(r.xid);
      known.add(r.groupXid);
      for (const vid of r.resource.versions.keys()) known.add(`${r.xid}/versions/${vid}`);
    }
    const isKnown = (xid: string): boolean => known.has(xid);
    for (const r of resourcesOf(registry)) {
      if (r.plural !== 'messages') continue;
      if (r.groupPlural !== 'messagegroups') add(this.groupEndpoints, r.groupXid, r.groupXid);
      for (const v of r.resource.versions.values()) {
        for (const name of ['dataschemauri', 'dataschemaxid']) {
          const target = refTarget(v.attributes[name], isKnown);
          if (target) add(this.schemaUsers, target, r.xid);
        }
      }
      const base = refTarget(defaultAttributes(r.resource)['basemessageuri'], isKnown);
      if (base) add(this.derivedFrom, base, r.xid);
    }
    for (const [xid, , group] of groupsOf(registry)) {
      const groups = group.attributes['messagegroups'];
      if (!Array.isArray(groups)) continue;
      for (const g of groups) {
        const target = refTarget(g, isKnown);
        if (target) add(this.groupEndpoints, target, xid);
      }
    }
  }

  /** Messages that point at schema `xid` (a Resource: also any of its versions; a Version: it or its Resource), and the messages deriving from those. */
  messagesUsingSchema(xid: string): string[] {
    const direct = new Set<string>();
    const resource = xid.includes('/versions/') ? xid.slice(0, xid.indexOf('/versions/')) : xid;
    for (const [target, users] of this.schemaUsers) {
      const hit = xid === resource ? target === resource || target.startsWith(`${resource}/versions/`) : target === xid || target === resource;
      if (hit) for (const u of users) direct.add(u);
    }
    return this.withDerived(direct);
  }

  /** Messages deriving from `xid` through `basemessageuri`, transitively (not `xid` itself). */
  derivedMessages(xid: string): string[] {
    return this.withDerived(new Set([xid])).filter((m) => m !== xid);
  }

  /** Endpoints that carry any of `messages` (by message group or inlined). */
  endpointsOf(messages: readonly string[]): string[] {
    const out = new Set<string>();
    for (const m of messages) {
      const group = m.split('/').slice(0, 3).join('/');
      for (const e of this.groupEndpoints.get(group) ?? []) out.add(e);
    }
    return [...out].sort();
  }

  /** Messages and endpoints affected by a change of schema `xid`. */
  usersOfSchema(xid: string): Users {
    const messages = this.messagesUsingSchema(xid);
    return { messages, endpoints: this.endpointsOf(messages) };
  }

  /** Messages deriving from message `xid` and the endpoints that carry it or them. */
  usersOfMessage(xid: string): Users {
    const messages = this.derivedMessages(xid);
    return { messages, endpoints: this.endpointsOf([xid, ...messages]) };
  }

  private withDerived(start: Set<string>): string[] {
    const out = new Set(start);
    const queue = [...start];
    while (queue.length > 0) {
      for (const d of this.derivedFrom.get(queue.pop()!) ?? []) {
        if (!out.has(d)) {
          out.add(d);
          queue.push(d);
        }
      }
    }
    return [...out].sort();
  }
}
