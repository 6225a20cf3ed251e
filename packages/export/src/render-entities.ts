import { ApiView, documentHeaders, lineageOf, type GroupNode, type ResourceModel, type ResourceNode, type ViewState } from '@xrgit/core';
import type { SiteBuilder } from './site-builder.js';

/**
 * Renders every entity URL of the registry in the `xr download` layout
 * (static-layout-and-clients.md §2.2): directory-like URLs as `<path>/<index>`, `<rid>$details`
 * and `<vid>$details` siblings, raw documents at `<rid>/<index>` and `<vid>/<index>`, `meta`.
 * For hasdocument=false types the entity JSON is written at both `<rid>$details` and
 * `<rid>/<index>` as the reference does (core/http.md: `$details` on such a type is the same as
 * without it).
 */
export function renderEntities(site: SiteBuilder, state: ViewState): void {
  const view = new ApiView(state, site.base.base);
  site.json(site.indexPath(''), '', view.registry());
  for (const plural of Object.keys(state.model.groups)) {
    site.json(site.indexPath(plural), plural, view.groups(plural));
    const groups = state.registry.groups.get(plural) ?? new Map<string, GroupNode>();
    for (const group of groups.values()) renderGroup(site, view, plural, group);
  }
}

function renderGroup(site: SiteBuilder, view: ApiView, plural: string, group: GroupNode): void {
  const g = `${plural}/${group.id}`;
  site.json(site.indexPath(g), g, view.group(plural, group));
  for (const [rplural, rm] of Object.entries(view.state.model.groups[plural]!.resources)) {
    site.json(site.indexPath(`${g}/${rplural}`), `${g}/${rplural}`, view.resources(plural, group, rplural));
    const resources = group.resources.get(rplural) ?? new Map<string, ResourceNode>();
    for (const resource of resources.values()) renderResource(site, view, { plural, group, rplural, rm, resource });
  }
}

interface ResourceContext {
  plural: string;
  group: GroupNode;
  rplural: string;
  rm: ResourceModel;
  resource: ResourceNode;
}

function renderResource(site: SiteBuilder, view: ApiView, c: ResourceContext): void {
  const r = `${c.plural}/${c.group.id}/${c.rplural}/${c.resource.id}`;
  const details = view.resource(c.plural, c.group, c.rplural, c.resource);
  site.json(`${r}$details`, c.rm.hasdocument ? `${r}$details` : r, details);
  site.json(`${r}/meta`, `${r}/meta`, view.meta(c.plural, c.group, c.rplural, c.resource));
  site.json(site.indexPath(`${r}/versions`), `${r}/versions`, view.versions(c.plural, c.group, c.rplural, c.resource));
  const defaultId = lineageOf(c.resource, c.rm).defaultVersionId;
  if (c.rm.hasdocument) renderDocument(site, c, r, details, defaultId === undefined ? undefined : `${r}/versions/${defaultId}`, defaultId);
  else site.json(site.indexPath(r), r, details);
  for (const vid of c.resource.versions.keys()) {
    const v = `${r}/versions/${vid}`;
    const vdetails = view.version(c.plural, c.group, c.rplural, c.resource, vid);
    site.json(`${v}$details`, c.rm.hasdocument ? `${v}$details` : v, vdetails);
    if (c.rm.hasdocument) renderDocument(site, c, v, vdetails, undefined, vid);
    else site.json(site.indexPath(v), v, vdetails);
  }
}

/**
 * The raw document at `rel` (bytes exactly as stored), or a redirect entry when the Version
 * keeps its document outside the registry (`<RESOURCE>url`: core/http.md answers 303).
 */
function renderDocument(site: SiteBuilder, c: ResourceContext, rel: string, details: Record<string, unknown>, defaultRel: string | undefined, vid: string | undefined): void {
  const url = `${site.base.base}/${rel}`;
  const location = defaultRel === undefined ? undefined : `${site.base.base}/${defaultRel}`;
  const { contentType = 'application/octet-stream', headers } = documentHeaders(details, c.rm, url, location);
  // without a contenttype, the static host's default is made explicit so that every host sends the same
  const external = details[`${c.rm.singular}url`];
  const version = vid === undefined ? undefined : c.resource.versions.get(vid);
  if (typeof external === 'string') {
    site.add(site.indexPath(rel), { bytes: new Uint8Array(0), contentType: '', headers, urlPath: site.urlPath(rel), redirect: external });
    return;
  }
  site.add(site.indexPath(rel), { bytes: version?.document ?? new Uint8Array(0), contentType, headers, urlPath: site.urlPath(rel) });
}
