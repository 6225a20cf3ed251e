import type { RegistryNode, VersionNode } from '@xrgit/core';
import { contentHash } from './content-hash.js';
import type { EntityPrint } from './entity-print.js';

/** Options for printing a merged (possibly partial) tree. */
export interface PrintOptions {
  /** xids of the Resources whose versions come from history. */
  historyResources: ReadonlySet<string>;
  /** The git blob of a history Resource's document file, by Resource xid. */
  docBlob: (rxid: string) => string | undefined;
  /** Only these xids are printed (undefined: all). */
  only?: ReadonlySet<string>;
  /** Extra content folded into the registry's print (the model). */
  registryExtra?: unknown;
}

/**
 * The prints of the entities of a merged registry tree (see EntityPrint): a Group by its
 * attributes, a Resource by its meta (plus, for history Resources, its document and the
 * attributes of its single current Version), an explicit Version by its attributes and document.
 */
export function entityPrintsOfTree(tree: RegistryNode, o: PrintOptions): Map<string, EntityPrint> {
  const out = new Map<string, EntityPrint>();
  const want = (xid: string): boolean => !o.only || o.only.has(xid);
  if (want('/')) out.set('/', { level: 'registry', attrs: contentHash({ a: tree.attributes, m: o.registryExtra ?? null }) });
  for (const [gp, groups] of tree.groups) {
    for (const [gid, group] of groups) {
      const gxid = `/${gp}/${gid}`;
      if (want(gxid)) out.set(gxid, { level: 'group', attrs: contentHash(group.attributes) });
      for (const [rp, resources] of group.resources) {
        for (const [rid, resource] of resources) {
          const rxid = `${gxid}/${rp}/${rid}`;
          if (want(rxid)) {
            const print: EntityPrint = { level: 'resource', attrs: contentHash(resource.meta) };
            if (o.historyResources.has(rxid)) {
              const v = [...resource.versions.values()][0];
              const attributes = v?.attributes ?? {};
              const docBlob = o.docBlob(rxid);
              print.history = { doc: documentHash(v), versionAttrs: contentHash(attributes), attributes, ...(docBlob ? { docBlob } : {}) };
            }
            out.set(rxid, print);
          }
          if (o.historyResources.has(rxid)) continue;
          for (const [vid, v] of resource.versions) {
            const vxid = `${rxid}/versions/${vid}`;
            if (want(vxid)) out.set(vxid, { level: 'version', attrs: contentHash(v.attributes), doc: contentHash(v.document ?? null) });
          }
        }
      }
    }
  }
  return out;
}

function urlKey(attributes: Record<string, unknown>): string {
  return Object.keys(attributes).find((k) => k.endsWith('url')) ?? '';
}

/** The content hash of a Version's document: its bytes, or its external `<RESOURCE>url`. */
export function documentHash(v: VersionNode | undefined): string {
  const attributes = v?.attributes ?? {};
  return contentHash(v?.document ?? { url: attributes[urlKey(attributes)] ?? null });
}
