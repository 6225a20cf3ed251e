import type { GroupNode, ResourceNode } from '../entities/registry-node.js';
import { groupObject, metaObject, registryObject, resourceObject, versionObject, versionsMap, type BuildOptions, type ViewMode } from './entity-objects.js';
import { compareIds, orderKeys } from './order-keys.js';
import { apiUrls } from './url-style.js';
import type { ViewState } from './view-state.js';
import { setOwn } from './set-own.js';

/**
 * The API view (core/http.md): the body a full xRegistry server returns for each URL without
 * query parameters. Collections are id → entity maps sorted by id; nothing is inlined.
 *
 * With `mode: 'doc'` it gives the same entities in the document view (core/spec.md §Doc Flag):
 * URLs stay absolute but never carry `$details`, Resources lose their default Version's
 * attributes, Versions lose `formatvalidated`/`compatibilityvalidated`. Turning URLs of entities
 * that are in a response into `#/…` pointers is up to whoever assembles that response.
 */
export class ApiView {
  private readonly o: BuildOptions;

  constructor(readonly state: ViewState, baseUrl: string, mode: ViewMode = 'api') {
    this.o = { state, urls: apiUrls(baseUrl), mode };
  }

  /** `GET /` */
  registry(): Record<string, unknown> {
    const obj = registryObject(this.o);
    const tail = Object.keys(this.state.model.groups).flatMap((p) => [`${p}url`, `${p}count`]);
    return orderKeys(obj, Object.keys(this.state.model.attributes), tail);
  }

  /** `GET /<GROUPS>` */
  groups(plural: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const groups = this.state.registry.groups.get(plural) ?? new Map<string, GroupNode>();
    for (const id of [...groups.keys()].sort(compareIds)) setOwn(out, id, this.group(plural, groups.get(id)!));
    return out;
  }

  /** `GET /<GROUPS>/<GID>` */
  group(plural: string, group: GroupNode): Record<string, unknown> {
    const gm = this.state.model.groups[plural]!;
    const tail = Object.keys(gm.resources).flatMap((p) => [`${p}url`, `${p}count`]);
    return orderKeys(groupObject(this.o, plural, group), Object.keys(gm.attributes), tail);
  }

  /** `GET /<GROUPS>/<GID>/<RESOURCES>` */
  resources(plural: string, group: GroupNode, rplural: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const resources = group.resources.get(rplural) ?? new Map<string, ResourceNode>();
    for (const id of [...resources.keys()].sort(compareIds)) setOwn(out, id, this.resource(plural, group, rplural, resources.get(id)!));
    return out;
  }

  /** `GET …/<RID>$details` (or `…/<RID>` when the type has no documents) */
  resource(plural: string, group: GroupNode, rplural: string, resource: ResourceNode): Record<string, unknown> {
    const gm = this.state.model.groups[plural]!;
    const obj = resourceObject(this.o, gm, rplural, `/${plural}/${group.id}/${rplural}/${resource.id}`, resource);
    // the doc-mode builder inlines meta and versions (for /export); one entity's view has neither
    delete obj['meta'];
    delete obj['versions'];
    return obj;
  }

  /** `GET …/<RID>/meta` */
  meta(plural: string, group: GroupNode, rplural: string, resource: ResourceNode): Record<string, unknown> {
    const rm = this.state.model.groups[plural]!.resources[rplural]!;
    return metaObject(this.o, rm, `/${plural}/${group.id}/${rplural}/${resource.id}`, resource);
  }

  /** `GET …/<RID>/versions` */
  versions(plural: string, group: GroupNode, rplural: string, resource: ResourceNode): Record<string, unknown> {
    const rm = this.state.model.groups[plural]!.resources[rplural]!;
    return versionsMap(this.o, rm, `/${plural}/${group.id}/${rplural}/${resource.id}`, resource);
  }

  /** `GET …/versions/<VID>$details` */
  version(plural: string, group: GroupNode, rplural: string, resource: ResourceNode, vid: string): Record<string, unknown> {
    const rm = this.state.model.groups[plural]!.resources[rplural]!;
    const v = versionObject(this.o, rm, `/${plural}/${group.id}/${rplural}/${resource.id}`, resource, resource.versions.get(vid)!, false);
    return orderKeys(v, Object.keys(rm.attributes));
  }
}
