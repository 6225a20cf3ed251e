import type { Model } from '@xrgit/core';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * A copy of a pulled document without what its map keys already say, so that the import path
 * (layoutFiles, which writes a single-Version Resource in the compact form) can hold it: the
 * `<SINGULAR>id` of Groups, meta and Versions, `versionid`, and the `ancestorid` of a Resource's
 * only Version when it names the Version itself (a root, which is what the layout derives).
 */
export function importableDocument(document: Record<string, unknown>, model: Model): Record<string, unknown> {
  const out = structuredClone(document);
  for (const [plural, gm] of Object.entries(model.groups)) {
    const groups = out[plural];
    if (!isObject(groups)) continue;
    for (const g of Object.values(groups)) {
      if (!isObject(g)) continue;
      delete g[`${gm.singular}id`];
      for (const [rplural, rm] of Object.entries(gm.resources)) {
        const resources = g[rplural];
        if (!isObject(resources)) continue;
        for (const r of Object.values(resources)) if (isObject(r)) cleanResource(r, `${rm.singular}id`);
      }
    }
  }
  return out;
}

function cleanResource(r: Record<string, unknown>, idAttr: string): void {
  delete r[idAttr];
  if (isObject(r['meta'])) delete r['meta'][idAttr];
  const versions = isObject(r['versions']) ? r['versions'] : {};
  const single = Object.keys(versions).length === 1;
  for (const [vid, v] of Object.entries(versions)) {
    if (!isObject(v)) continue;
    delete v[idAttr];
    delete v['versionid'];
    if (single && v['ancestorid'] === vid) delete v['ancestorid'];
  }
}
