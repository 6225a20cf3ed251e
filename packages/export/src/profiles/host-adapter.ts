import type { BaseUrl } from '../base-url.js';
import type { RenderOptions, SiteFile, SiteTree } from '../site-types.js';

/** What a profile sees of a rendered site. */
export interface ProfileContext {
  /** The site's files, sorted by path, every served file carrying the common headers too. */
  tree: SiteTree;
  base: BaseUrl;
  indexFile: string;
  /** Headers every response carries (CORS, `Link: rel=xregistry-root`). */
  common: Record<string, string>;
  options: RenderOptions;
}

/** One host: its default index file and the files it adds to the tree. */
export interface HostAdapter {
  readonly indexFile: string;
  files(ctx: ProfileContext): Array<[string, SiteFile]>;
}

/** The headers of `file` that are not common to every response. */
export function ownHeaders(file: SiteFile, common: Record<string, string>): Array<[string, string]> {
  return Object.entries(file.headers).filter(([name]) => !(name in common));
}

/** The served files (non-empty `urlPath`) that are real files, not redirects. */
export function servedFiles(tree: SiteTree): Array<[string, SiteFile]> {
  return [...tree.entries()].filter(([, f]) => f.urlPath !== '' && f.redirect === undefined);
}

/** The redirect entries of the tree. */
export function redirects(tree: SiteTree): Array<[string, SiteFile & { redirect: string }]> {
  return [...tree.entries()].filter((e): e is [string, SiteFile & { redirect: string }] => e[1].redirect !== undefined);
}

/** A host configuration file: not served, no headers. */
export function configFile(text: string, contentType = 'text/plain; charset=utf-8'): SiteFile {
  return { bytes: new TextEncoder().encode(text), contentType, headers: {}, urlPath: '' };
}
