import type { RegistryNode, SourceRef } from '@xrgit/core';

const from = (path: string, ...refs: Array<SourceRef | undefined>): boolean => refs.some((r) => r?.file === path);

/**
 * The xids a file's partial tree defines (the file wrote the entity's attributes, meta or
 * document: its SourceRef names the file) and those it only implies (parents that exist to hold
 * what the file defines). Sorted, for deterministic caches.
 */
export function treeXids(tree: RegistryNode, path: string): { defines: string[]; implies: string[] } {
  const defines = new Set<string>();
  const implies = new Set<string>();
  const add = (xid: string, defined: boolean): void => void (defined ? defines : implies).add(xid);
  if (from(path, tree.source) || Object.keys(tree.attributes).length > 0) defines.add('/');
  for (const [gp, groups] of tree.groups) {
    for (const [gid, group] of groups) {
      const gxid = `/${gp}/${gid}`;
      add(gxid, from(path, group.source));
      for (const [rp, resources] of group.resources) {
        for (const [rid, resource] of resources) {
          const rxid = `${gxid}/${rp}/${rid}`;
          const versionDefined = [...resource.versions.values()].some((v) => from(path, v.source, v.documentSource));
          add(rxid, from(path, resource.source, resource.metaSource) || versionDefined);
          for (const [vid, v] of resource.versions) add(`${rxid}/versions/${vid}`, from(path, v.source, v.documentSource));
        }
      }
    }
  }
  for (const x of defines) implies.delete(x);
  return { defines: [...defines].sort(), implies: [...implies].sort() };
}
