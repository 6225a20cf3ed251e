import { Diagnostics, inlineKind, registryFromDocument, type Attributes, type Model, type RegistryNode, type ResourceModel, type VersionNode } from '@xrgit/core';
import { withoutComputed } from '@xrgit/git';

/**
 * The authored state of an export-shaped document, reduced to what a push can set and compare
 * (docs/sync.md, Comparison): server-computed attributes dropped (`self`, `xid`, `epoch`,
 * `createdat`, `modifiedat`, `*url`, `*count`, `isdefault`, validation results), ids that the
 * path already says (`registryid`, `<SINGULAR>id`, `versionid`), `meta.readonly` when false,
 * and `meta.defaultversionid`/`defaultversionsticky` unless the default is sticky (otherwise the
 * default is derived from the Versions, which are compared themselves). `ancestorid` stays.
 * Documents that the typemap inlines as JSON compare as JSON values (re-serialized the way an
 * inlined document is decoded), since the doc view of `/export` carries no formatting.
 * Capabilities and modelsource are not part of it.
 */
export function comparableState(document: Record<string, unknown>, model: Model): RegistryNode {
  const raw = registryFromDocument(document, { model, diagnostics: new Diagnostics(), file: 'document' });
  const state = withoutComputed(raw, model);
  delete state.capabilities;
  delete state.modelsource;
  delete state.attributes['registryid'];
  delete state.attributes['specversion'];
  for (const [plural, groups] of state.groups) {
    const gm = model.groups[plural];
    if (!gm) continue;
    for (const g of groups.values()) {
      delete g.attributes[`${gm.singular}id`];
      for (const [rplural, resources] of g.resources) {
        const rm = gm.resources[rplural];
        if (!rm) continue;
        for (const r of resources.values()) {
          r.meta = comparableMeta(r.meta, `${rm.singular}id`);
          for (const v of r.versions.values()) {
            delete v.attributes[`${rm.singular}id`];
            delete v.attributes['versionid'];
            normalizeJsonDocument(v, rm);
          }
        }
      }
    }
  }
  return state;
}

function comparableMeta(meta: Attributes, idAttr: string): Attributes {
  const out = { ...meta };
  delete out[idAttr];
  if (out['readonly'] === false) delete out['readonly'];
  if (out['defaultversionsticky'] !== true) {
    delete out['defaultversionsticky'];
    delete out['defaultversionid'];
  }
  return out;
}

function normalizeJsonDocument(v: VersionNode, rm: ResourceModel): void {
  if (v.document === undefined || inlineKind(v.attributes['contenttype'], rm) !== 'json') return;
  try {
    v.document = new TextEncoder().encode(`${JSON.stringify(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(v.document)), null, 2)}\n`);
  } catch {
    // not JSON after all: compared byte for byte
  }
}
