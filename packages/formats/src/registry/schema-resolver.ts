import type { RegistryNode } from '@xrgit/core';
import { lineageOf, type Model } from '@xrgit/core';

/**
 * Resolves references between schemas of one registry (`$ref` to another schema document):
 * an xid `/schemagroups/g/schemas/s[/versions/v]`, or an absolute URL under `baseUrl` that ends
 * in such an xid, gives that document (the default version for a resource). Nothing is fetched.
 */
export function registrySchemaResolver(registry: RegistryNode, model: Model, baseUrl?: string): (uri: string) => Uint8Array | undefined {
  return (uri) => {
    let path = uri.split('#')[0]!;
    if (baseUrl && path.startsWith(baseUrl)) path = `/${path.slice(baseUrl.length).replace(/^\/+/, '')}`;
    const m = /^\/([^/]+)\/([^/]+)\/([^/]+)\/([^/$]+)(?:\/versions\/([^/$]+))?(?:\$details)?$/.exec(path);
    if (!m) return undefined;
    const [, gp, gid, rp, rid, vid] = m as unknown as [string, string, string, string, string, string | undefined];
    const resource = registry.groups.get(gp)?.get(gid)?.resources.get(rp)?.get(rid);
    const rm = model.groups[gp]?.resources[rp];
    if (!resource || !rm) return undefined;
    const id = vid ?? lineageOf(resource, rm).defaultVersionId;
    return id === undefined ? undefined : resource.versions.get(id)?.document;
  };
}
