import { createHash } from 'node:crypto';
import { serializeJson } from '@xrgit/core';
import { MANIFEST_FILE, type HostProfile, type SiteTree } from './site-types.js';

/** One file of a manifest. */
export interface ManifestEntry {
  /** Path relative to the site directory (POSIX). */
  path: string;
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: string;
  /** Size in bytes. */
  size: number;
  /** The URL path the file answers; absent for host configuration files that are not served. */
  url?: string;
}

/** `xrgit-manifest.json`: what a site is, and where it came from. */
export interface SiteManifest {
  /** Format version of this file. */
  xrgit: 1;
  /** The commit the registry was built from, null when unknown (a working tree). */
  commit: string | null;
  toolVersion: string;
  /** The registry root URL (the normalized base URL with one trailing slash). */
  baseUrl: string;
  profile: HostProfile;
  indexFile: string;
  /** Every file except the manifest itself, sorted by path. */
  files: ManifestEntry[];
  /** Redirect entries (never files): URL path → Location, sorted by URL path. */
  redirects: Array<{ url: string; location: string }>;
}

/** Lower-case hex SHA-256 of `bytes`. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The manifest entries of a tree (redirects and the manifest itself excluded), sorted by path. */
export function manifestEntries(tree: SiteTree): ManifestEntry[] {
  const out: ManifestEntry[] = [];
  for (const [path, file] of tree) {
    if (file.redirect !== undefined || path === MANIFEST_FILE) continue;
    const e: ManifestEntry = { path, sha256: sha256(file.bytes), size: file.bytes.byteLength };
    if (file.urlPath !== '') e.url = file.urlPath;
    out.push(e);
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Builds the manifest of `tree`; byte-identical output for the same inputs. */
export function buildManifest(tree: SiteTree, meta: Omit<SiteManifest, 'xrgit' | 'files' | 'redirects'>): SiteManifest {
  const redirects = [...tree.values()]
    .filter((f) => f.redirect !== undefined)
    .map((f) => ({ url: f.urlPath, location: f.redirect! }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { xrgit: 1, commit: meta.commit, toolVersion: meta.toolVersion, baseUrl: meta.baseUrl, profile: meta.profile, indexFile: meta.indexFile, files: manifestEntries(tree), redirects };
}

/** The manifest's bytes (core's serializeJson: 2-space indent, final newline). */
export function serializeManifest(manifest: SiteManifest): Uint8Array {
  return new TextEncoder().encode(serializeJson(manifest));
}

/**
 * Parses manifest text; undefined when it is not an xrgit manifest (wrong shape or version).
 */
export function parseManifest(text: string): SiteManifest | undefined {
  try {
    const m = JSON.parse(text) as Partial<SiteManifest>;
    if (m.xrgit !== 1 || !Array.isArray(m.files)) return undefined;
    return m as SiteManifest;
  } catch {
    return undefined;
  }
}
