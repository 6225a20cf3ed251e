/**
 * What the crawler can find wrong with a served static registry. Each code is one rule; a
 * finding stores the code and its data, the text is rendered only when printed.
 */
export const CRAWL_RULES = {
  'http-status': 'a URL a client follows does not answer 200 (or the expected redirect)',
  'content-type': 'metadata is served with a Content-Type a client cannot take for JSON',
  'invalid-json': 'a metadata body is not JSON, or not the JSON object a client expects',
  self: '`self` is not base + xid (+ `$details` for entities with a document)',
  xid: '`xid` is not the path of the entity',
  id: '`<singular>id` / `versionid` is not the key of the entity in its collection',
  url: 'a `*url` attribute is missing or does not point where the spec says',
  count: '`<collection>count` is not the number of members of the collection',
  'member-mismatch': 'a collection member differs from the entity served at its `self`',
  'default-version': 'Resource, meta and versions disagree about the default Version',
  ancestor: '`ancestorid` names no Version of the same Resource',
  document: 'the raw document is missing or differs between the Resource and its default Version',
  'document-header': 'a document is served without the headers its metadata implies',
  'external-document': 'an external document is not answered with a redirect to its `<RESOURCE>url`',
  'export-ids': '`/export` holds other groups, resources or versions than the crawled tree',
  'export-attribute': 'an attribute of `/export` differs from the API view of the same entity',
  'export-document': 'a document inlined in `/export` differs from the bytes served at its URL',
} as const satisfies Record<string, string>;

export type CrawlRule = keyof typeof CRAWL_RULES;

/** One problem found while crawling. */
export interface CrawlFinding {
  rule: CrawlRule;
  /** The URL whose body or headers show the problem. */
  url: string;
  /** The attribute or header concerned, when there is one. */
  key?: string;
  expected?: unknown;
  actual?: unknown;
}

/** `rule url [key]: expected …, got …` for test output. */
export function formatFinding(f: CrawlFinding): string {
  const detail = 'expected' in f || 'actual' in f ? `: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.actual)}` : '';
  return `${f.rule} ${f.url}${f.key === undefined ? '' : ` [${f.key}]`}${detail}`;
}
