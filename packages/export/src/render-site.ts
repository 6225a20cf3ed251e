import type { ViewState } from '@xrgit/core';
import { parseBaseUrl, type BaseUrl } from './base-url.js';
import { sortHeaders } from '@xrgit/core';
import { ExportError } from './export-error.js';
import type { HostAdapter, ProfileContext } from './profiles/host-adapter.js';
import { netlifyProfile } from './profiles/netlify-profile.js';
import { nginxProfile } from './profiles/nginx-profile.js';
import { pagesProfile } from './profiles/pages-profile.js';
import { s3Profile } from './profiles/s3-profile.js';
import { xrProfile } from './profiles/xr-profile.js';
import { renderEntities } from './render-entities.js';
import { renderRootFiles } from './render-root-files.js';
import { checkPathClashes, SiteBuilder, sortTree } from './site-builder.js';
import { buildManifest, serializeManifest } from './site-manifest.js';
import { MANIFEST_FILE, type HostProfile, type RenderOptions, type SiteTree } from './site-types.js';

const ADAPTERS: Record<HostProfile, HostAdapter> = { pages: pagesProfile, nginx: nginxProfile, netlify: netlifyProfile, xr: xrProfile, s3: s3Profile };

/** The default index file name of a profile. @throws ExportError `invalid-profile` */
export function profileIndexFile(profile: HostProfile): string {
  const adapter = ADAPTERS[profile];
  if (!adapter) throw new ExportError('invalid-profile', { profile: String(profile) });
  return adapter.indexFile;
}

/** Headers on every response: CORS for browser clients on other origins, and the root Link. */
function commonHeaders(base: BaseUrl, tree: SiteTree): Record<string, string> {
  const names = new Set(['Content-Disposition', 'Content-Location', 'Link']);
  for (const f of tree.values()) for (const n of Object.keys(f.headers)) names.add(n);
  const expose = [...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  return sortHeaders({
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': expose.join(', '),
    // core/http.md §xRegistry Root HTTP Header: on every response.
    Link: `<${base.root}>;rel=xregistry-root`,
  });
}

/**
 * Renders the file tree of a No-Code xRegistry server (core/http.md §No-Code Servers) in the
 * layout of the reference `xr download` (static-layout-and-clients.md §2.2), plus the files of
 * `options.profile` and `xrgit-manifest.json`. Every JSON body is core's API view of its URL
 * (`/export` the doc view) serialized with core's serializeJson; `self` and every `*url` are
 * absolute under `options.baseUrl`. Pure: no file system, no clock; the same inputs give
 * byte-identical trees.
 * @throws ExportError `invalid-base-url`, `invalid-profile`, `invalid-index-file`, `path-clash`
 */
export function renderSite(state: ViewState, options: RenderOptions): SiteTree {
  const base = parseBaseUrl(options.baseUrl);
  const adapter = ADAPTERS[options.profile];
  if (!adapter) throw new ExportError('invalid-profile', { profile: String(options.profile) });
  const indexFile = options.indexFile ?? adapter.indexFile;
  if (!/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(indexFile)) throw new ExportError('invalid-index-file', { indexFile });
  const site = new SiteBuilder(base, indexFile);
  renderRootFiles(site, state);
  renderEntities(site, state);
  const common = commonHeaders(base, site.files);
  const tree: SiteTree = new Map();
  for (const [path, file] of site.files) tree.set(path, { ...file, headers: file.urlPath === '' ? file.headers : sortHeaders({ ...common, ...file.headers }) });
  const ctx: ProfileContext = { tree: sortTree(tree), base, indexFile, common, options };
  for (const [path, file] of adapter.files(ctx)) {
    if (tree.has(path)) throw new ExportError('path-clash', { path, other: `the ${options.profile} profile's ${path}` });
    tree.set(path, file);
  }
  if (tree.has(MANIFEST_FILE)) throw new ExportError('path-clash', { path: MANIFEST_FILE, other: 'the manifest' });
  const manifest = buildManifest(tree, { commit: options.commit ?? null, toolVersion: options.toolVersion, baseUrl: base.root, profile: options.profile, indexFile });
  tree.set(MANIFEST_FILE, { bytes: serializeManifest(manifest), contentType: 'application/json; charset=utf-8', headers: {}, urlPath: `${base.prefix}/${MANIFEST_FILE}` });
  const sorted = sortTree(tree);
  checkPathClashes(sorted);
  return sorted;
}
