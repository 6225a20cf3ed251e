/** The static hosts the export knows how to configure (DESIGN.md §4). */
export const HOST_PROFILES = ['pages', 'nginx', 'netlify', 'xr', 's3'] as const;

/**
 * A static host: `pages` (GitHub Pages), `nginx`, `netlify` (also Cloudflare Pages), `xr` (the
 * reference `xr serve`) or `s3` (an S3 bucket, REST or website endpoint).
 */
export type HostProfile = (typeof HOST_PROFILES)[number];

/** One file of a rendered site. */
export interface SiteFile {
  /** The exact bytes to write (empty for a redirect entry). */
  bytes: Uint8Array;
  /** The Content-Type the host should send; `''` when none applies (redirects, host config files). */
  contentType: string;
  /**
   * The other HTTP headers the host should send with this file, names in their canonical case
   * (`Link`, `Access-Control-Allow-Origin`, `xRegistry-versionid`, ...), sorted by lower-cased name.
   * Values are already encoded per core/http.md §HTTP Header Values.
   */
  headers: Record<string, string>;
  /**
   * The URL path this file answers, including the base URL's path prefix (`/`, `/reg/schemagroups`,
   * `/reg/schemagroups/g1/schemas/s1$details`); `''` for files that are not served (host
   * configuration such as `_headers` or `nginx/xrgit.conf`, and `.nojekyll`).
   */
  urlPath: string;
  /**
   * Set on redirect entries only: the `Location` of the `303 See Other` an external
   * `<RESOURCE>url` document answers with (core/http.md §GET …/<RID>). Redirect entries are never
   * written as files; each profile renders them in its own way, or not at all.
   */
  redirect?: string;
}

/** A rendered site: file path (POSIX, relative to the output directory) → file, sorted by path. */
export type SiteTree = Map<string, SiteFile>;

/** Options of {@link renderSite}. */
export interface RenderOptions {
  /** Absolute http(s) URL the site is served at; `self` and every `*url` are absolute under it. */
  baseUrl: string;
  /** Name of the directory index file; defaults to the profile's (`index.html` or `index.json`). */
  indexFile?: string;
  /** The host the tree is for; adds that host's configuration files. */
  profile: HostProfile;
  /** The commit the registry was built from, recorded in the manifest. */
  commit?: string;
  /** The xrgit version that rendered the site, recorded in the manifest. */
  toolVersion: string;
  /** `pages` only: also write a `404.html` holding a spec-shaped `not_found` error (default true). */
  notFoundPage?: boolean;
}

/** Content-Type of every JSON body (core/http.md shows `application/json; charset=utf-8`). */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Name of the manifest at the root of every rendered site. */
export const MANIFEST_FILE = 'xrgit-manifest.json';
