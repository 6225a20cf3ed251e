import type { ResourceModel } from '../model/model-types.js';

/** The three document-carrying attribute names of a Resource type (core/spec.md §<RESOURCE>*). */
export function documentAttributeNames(r: Pick<ResourceModel, 'singular'>): { inline: string; base64: string; url: string } {
  return { inline: r.singular, base64: `${r.singular}base64`, url: `${r.singular}url` };
}

/** Resource-level (not default-Version) keys of a Resource in a document (core/spec.md §Resource Entity). */
export function resourceLevelKeys(r: Pick<ResourceModel, 'singular'>): Set<string> {
  return new Set([`${r.singular}id`, 'self', 'shortself', 'xid', 'metaurl', 'meta', 'versionsurl', 'versionscount', 'versions']);
}

/** Meta attributes that people write on the Resource by mistake (they belong in `meta`). */
export const MISPLACED_META = ['defaultversionid', 'defaultversionsticky', 'compatibility', 'xref', 'readonly', 'deprecated'] as const;
