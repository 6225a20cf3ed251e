import { serializeJson } from '@xrgit/core';
import type { BaseUrl } from './base-url.js';
import { ExportError } from './export-error.js';
import { JSON_CONTENT_TYPE, type SiteFile, type SiteTree } from './site-types.js';

const encoder = new TextEncoder();

/**
 * Collects the files of a site. `rel` is a URL path relative to the registry root, without a
 * leading slash (`''` is the root, `schemagroups/g1`); directory-like URLs (the root,
 * collections, groups, non-document resources) are stored as `<rel>/<index file>`.
 */
export class SiteBuilder {
  readonly files: SiteTree = new Map();

  constructor(
    readonly base: BaseUrl,
    readonly indexFile: string,
  ) {}

  /** The URL path of `rel` (with the base's prefix). */
  urlPath(rel: string): string {
    return `${this.base.prefix}/${rel}`;
  }

  /** The file path serving the directory-like URL `rel`. */
  indexPath(rel: string): string {
    return rel === '' ? this.indexFile : `${rel}/${this.indexFile}`;
  }

  /** Adds a JSON body serialized with core's serializeJson. */
  json(path: string, rel: string, value: unknown): void {
    this.add(path, { bytes: encoder.encode(serializeJson(value)), contentType: JSON_CONTENT_TYPE, headers: {}, urlPath: this.urlPath(rel) });
  }

  /** Adds a file. @throws ExportError `path-clash` when the path is taken. */
  add(path: string, file: SiteFile): void {
    const existing = this.files.get(path);
    if (existing) throw new ExportError('path-clash', { path, other: existing.urlPath || path });
    this.files.set(path, file);
  }
}

/**
 * Checks that no path of the tree is also a directory of another path (a version id equal to the
 * index file name, a group type named like a profile's config directory, ...).
 * @throws ExportError `path-clash`
 */
export function checkPathClashes(tree: SiteTree): void {
  for (const path of tree.keys()) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (tree.has(dir)) throw new ExportError('path-clash', { path: dir, other: path });
    }
  }
}

/** A new tree with the entries of `tree` sorted by path (code point order). */
export function sortTree(tree: SiteTree): SiteTree {
  return new Map([...tree.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
