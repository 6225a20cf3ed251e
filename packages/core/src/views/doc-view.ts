import { groupObject, registryObject, resourceObject, type BuildOptions } from './entity-objects.js';
import { compareIds, orderKeys } from './order-keys.js';
import { docUrls } from './url-style.js';
import type { ViewState } from './view-state.js';
import { setOwn } from './set-own.js';

/**
 * The whole registry in the document view with everything inlined: the body of `GET /export`,
 * equivalent to `GET /?doc&inline=*,capabilities,modelsource` (core/http.md §GET /export).
 * URLs are `#/…` pointers into the document; documents are inlined in their Versions as
 * `<RESOURCE>` or `<RESOURCE>base64`; `formatvalidated`/`compatibilityvalidated` (and their
 * reasons) are omitted (core/spec.md §Doc Flag); the model is not included.
 */
export function exportDocument(state: ViewState): Record<string, unknown> {
  const o: BuildOptions = { state, urls: docUrls(), mode: 'doc' };
  const root = registryObject(o);
  root['capabilities'] = state.capabilities;
  root['modelsource'] = state.modelsource;
  const tail: string[] = [];
  for (const [plural, gm] of Object.entries(state.model.groups)) {
    const groups = state.registry.groups.get(plural) ?? new Map();
    const map: Record<string, unknown> = {};
    for (const gid of [...groups.keys()].sort(compareIds)) {
      const group = groups.get(gid)!;
      const g = groupObject(o, plural, group);
      const gtail: string[] = [];
      for (const rplural of Object.keys(gm.resources)) {
        const resources = group.resources.get(rplural) ?? new Map();
        const rmap: Record<string, unknown> = {};
        for (const rid of [...resources.keys()].sort(compareIds)) setOwn(rmap, rid, resourceObject(o, gm, rplural, `/${plural}/${gid}/${rplural}/${rid}`, resources.get(rid)!));
        g[rplural] = rmap;
        gtail.push(`${rplural}url`, `${rplural}count`, rplural);
      }
      setOwn(map, gid, orderKeys(g, Object.keys(gm.attributes), gtail));
    }
    root[plural] = map;
    tail.push(`${plural}url`, `${plural}count`, plural);
  }
  return orderKeys(root, Object.keys(state.model.attributes).filter((k) => !['capabilities', 'modelsource'].includes(k)), ['capabilities', 'modelsource', ...tail]);
}
