import { isDeepStrictEqual } from 'node:util';
import { compareExport } from './compare-export.js';
import type { CrawlFinding } from './crawl-finding.js';
import { hasDocument, isObject, type CrawlModel, type CrawledGroup, type CrawledResource, type CrawledTree, type CrawledVersion, type Json } from './crawled-tree.js';
import { Crawler, mediaType, type CrawlOptions } from './crawler.js';
import type { Redirect } from './http-get.js';

export type { CrawlOptions };

/** What {@link crawl} saw. */
export interface CrawlResult {
  findings: CrawlFinding[];
  /** Distinct URLs fetched. */
  requests: number;
  /** Same-origin redirects followed (Pages: `/dir` → `/dir/`). */
  redirects: Redirect[];
  /** External documents: the 303s seen (never followed). */
  externalRedirects: Redirect[];
  /** Number of groups, resources, versions and documents crawled. */
  counts: { groups: number; resources: number; versions: number; documents: number };
  tree?: CrawledTree;
}

/**
 * Crawls the static registry at `baseUrl` as a client would: `/`, `/model`, `/capabilities`,
 * `/modelsource` and `/export`, then every collection, group, resource (`$details` and the raw
 * document), `meta`, versions collection and version, following every `*url` that points into
 * the site (external URLs are never fetched; 303s are only recorded). Returns every finding
 * instead of throwing; an empty `findings` means a client sees one consistent registry that
 * `/export` describes exactly.
 */
export async function crawl(baseUrl: string, options: CrawlOptions): Promise<CrawlResult> {
  const c = new Crawler(baseUrl.replace(/\/+$/, ''), options);
  const [registry, model, capabilities, modelsource, exported] = await Promise.all(['/', '/model', '/capabilities', '/modelsource', '/export'].map((p) => c.json(c.url(p))));
  const result = (tree?: CrawledTree): CrawlResult => ({ findings: c.findings, requests: c.requests, redirects: c.redirects, externalRedirects: c.external, counts: c.counts, ...(tree ? { tree } : {}) });
  if (!registry || !model || !isObject(model['groups'])) return result();
  c.model = model as unknown as CrawlModel;
  c.identity(registry, c.url('/'), '/', false, {});
  const groups = new Map<string, Map<string, CrawledGroup>>();
  await Promise.all([
    c.followUrls(registry),
    ...Object.keys(c.model.groups).map(async (plural) => {
      groups.set(plural, await crawlGroups(c, registry, plural));
    }),
  ]);
  const tree: CrawledTree = { registry, model: c.model, capabilities: capabilities ?? {}, modelsource: modelsource ?? {}, export: exported ?? {}, groups };
  if (exported) c.findings.push(...compareExport(tree, c.b));
  return result(tree);
}

async function crawlGroups(c: Crawler, registry: Json, plural: string): Promise<Map<string, CrawledGroup>> {
  const gm = c.model.groups[plural]!;
  const out = new Map<string, CrawledGroup>();
  await Promise.all(
    (await c.collection(registry, c.url('/'), '/', plural)).map(async ([gid, member, xid]) => {
      c.identity(member, c.url(`/${plural}`), xid, false, { [`${gm.singular}id`]: gid });
      const entity = await c.member(member, xid, false);
      if (!entity) return;
      c.counts.groups++;
      const group: CrawledGroup = { entity, resources: new Map() };
      out.set(gid, group);
      await Promise.all([
        c.followUrls(entity),
        ...Object.keys(gm.resources).map(async (rplural) => {
          group.resources.set(rplural, await crawlResources(c, entity, xid, plural, rplural));
        }),
      ]);
    }),
  );
  return out;
}

async function crawlResources(c: Crawler, group: Json, gxid: string, plural: string, rplural: string): Promise<Map<string, CrawledResource>> {
  const rm = c.model.groups[plural]!.resources[rplural]!;
  const doc = hasDocument(c.model, plural, rplural);
  const out = new Map<string, CrawledResource>();
  await Promise.all(
    (await c.collection(group, c.url(gxid), gxid, rplural)).map(async ([rid, member, xid]) => {
      c.identity(member, c.url(`${gxid}/${rplural}`), xid, doc, { [`${rm.singular}id`]: rid });
      const entity = await c.member(member, xid, doc);
      if (!entity) return;
      c.counts.resources++;
      const resource: CrawledResource = { entity, versions: new Map() };
      out.set(rid, resource);
      const at = c.url(xid, doc);
      const expectedMeta = c.url(`${xid}/meta`);
      if (entity['metaurl'] !== expectedMeta) c.find('url', at, 'metaurl', expectedMeta, entity['metaurl']);
      const [meta, members] = await Promise.all([c.json(expectedMeta), c.collection(entity, at, xid, 'versions'), c.followUrls(entity, `${rm.singular}url`)]);
      if (meta) {
        resource.meta = meta;
        c.identity(meta, expectedMeta, `${xid}/meta`, false, { [`${rm.singular}id`]: rid });
        await c.followUrls(meta);
      }
      await Promise.all(members.map(([vid, vmember, vxid]) => crawlVersion(c, resource, rm.singular, doc, rid, vid, vmember, vxid)));
      checkDefaultVersion(c, resource, at);
      if (doc) {
        resource.document = await crawlDocument(c, xid, entity, rm.singular, true);
        const dv = resource.versions.get(String(entity['versionid']));
        if (dv && !sameBytes(resource.document, dv.document)) c.find('document', c.url(xid), undefined, `the bytes of ${c.url(`${xid}/versions/${String(entity['versionid'])}`)}`, 'other bytes');
      }
    }),
  );
  return out;
}

async function crawlVersion(c: Crawler, resource: CrawledResource, singular: string, doc: boolean, rid: string, vid: string, member: Json, xid: string): Promise<void> {
  c.identity(member, c.url(xid.slice(0, xid.lastIndexOf('/'))), xid, doc, { [`${singular}id`]: rid, versionid: vid });
  const entity = await c.member(member, xid, doc);
  if (!entity) return;
  c.counts.versions++;
  const version: CrawledVersion = { entity };
  resource.versions.set(vid, version);
  await c.followUrls(entity, `${singular}url`);
  if (doc) version.document = await crawlDocument(c, xid, entity, singular, false);
}

const sameBytes = (a: Buffer | undefined, b: Buffer | undefined): boolean => (a === undefined ? b === undefined : b !== undefined && a.equals(b));

/**
 * GETs the raw document of a Resource or Version. An external `<RESOURCE>url` must be
 * answered with a 303 to it (or, on a plain host that cannot redirect, with 404); otherwise
 * 200 with the bytes, and on a configured host the metadata's content type and headers.
 */
async function crawlDocument(c: Crawler, xid: string, entity: Json, singular: string, isResource: boolean): Promise<Buffer | undefined> {
  const url = c.url(xid);
  const f = await c.get(url);
  const external = entity[`${singular}url`];
  if (typeof external === 'string') {
    const location = f.headers.get('location');
    if (f.status === 303 && location === external) c.external.push({ from: url, to: location, status: 303 });
    else if (!(c.options.host === 'plain' && f.status === 404)) c.find('external-document', url, 'Location', `303 ${external}`, `${f.status} ${location ?? ''}`);
    return undefined;
  }
  if (f.status !== 200) {
    c.find('http-status', url, undefined, 200, f.status);
    return undefined;
  }
  c.counts.documents++;
  if (c.options.host === 'configured') {
    const header = (name: string, expected: unknown): void => {
      if (expected !== undefined && f.headers.get(name) !== String(expected)) c.find('document-header', url, name, String(expected), f.headers.get(name));
    };
    if (mediaType(f.headers.get('content-type')) !== String(entity['contenttype'] ?? 'application/octet-stream').toLowerCase()) c.find('document-header', url, 'Content-Type', entity['contenttype'], f.headers.get('content-type'));
    header('xRegistry-versionid', entity['versionid']);
    header(`xRegistry-${singular}id`, entity[`${singular}id`]);
    header('xRegistry-self', c.url(xid)); // the document's own URL, without $details (core/http.md §HTTP Header Values)
    if (isResource) header('Content-Location', c.url(`${xid}/versions/${String(entity['versionid'])}`));
  }
  return f.bytes;
}

/**
 * The default Version three ways: `meta.defaultversionid` = the Resource's `versionid`, exactly
 * one Version has `isdefault: true` and it is that one, `meta.defaultversionurl` is its `self`;
 * the Resource carries the default Version's attributes; every `ancestorid` exists.
 */
function checkDefaultVersion(c: Crawler, r: CrawledResource, at: string): void {
  const id = r.entity['versionid'];
  const metaUrl = c.url(String(r.entity['xid'])) + '/meta';
  if (r.meta && r.meta['defaultversionid'] !== id) c.find('default-version', metaUrl, 'defaultversionid', id, r.meta['defaultversionid']);
  const defaults = [...r.versions].filter(([, v]) => v.entity['isdefault'] === true).map(([vid]) => vid);
  if (defaults.length !== 1 || defaults[0] !== id) c.find('default-version', at, 'isdefault', [id], defaults);
  const dv = r.versions.get(String(id));
  if (!dv) {
    c.find('default-version', at, 'versionid', 'a version of this resource', id);
    return;
  }
  if (r.meta && r.meta['defaultversionurl'] !== dv.entity['self']) c.find('default-version', metaUrl, 'defaultversionurl', dv.entity['self'], r.meta['defaultversionurl']);
  for (const [k, v] of Object.entries(dv.entity)) {
    if (k !== 'self' && k !== 'xid' && !isDeepStrictEqual(r.entity[k], v)) c.find('default-version', at, k, v, r.entity[k]);
  }
  for (const v of r.versions.values()) {
    if (!r.versions.has(String(v.entity['ancestorid']))) c.find('ancestor', String(v.entity['self']), 'ancestorid', `one of ${[...r.versions.keys()].join(', ')}`, v.entity['ancestorid']);
  }
}
