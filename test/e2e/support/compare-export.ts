import { isDeepStrictEqual } from 'node:util';
import type { CrawlFinding } from './crawl-finding.js';
import { hasDocument, isObject, type CrawledTree, type Json } from './crawled-tree.js';

/** Attributes the doc view leaves out of Versions (core/spec.md §Doc Flag). */
const VALIDATION_KEYS = ['formatvalidated', 'formatvalidatedreason', 'compatibilityvalidated', 'compatibilityvalidatedreason'];

const unescape = (token: string): string => token.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * Maps a doc-view `#/…` pointer back to the API URL: base + xid, plus `$details` when it
 * points at a Resource or Version of a type with documents (the API view's `self` of those).
 */
export function pointerToUrl(pointer: string, base: string, tree: Pick<CrawledTree, 'model'>): string {
  const tokens = pointer === '#/' ? [] : pointer.slice(2).split('/').map(unescape);
  const xid = `/${tokens.join('/')}`;
  const entity = tokens.length === 4 || (tokens.length === 6 && tokens[4] === 'versions');
  return `${base}${xid}${entity && hasDocument(tree.model, tokens[0]!, tokens[2]!) ? '$details' : ''}`;
}

class ExportComparison {
  readonly findings: CrawlFinding[] = [];
  constructor(
    readonly tree: CrawledTree,
    readonly base: string,
  ) {}

  private value(key: string, v: unknown): unknown {
    return (key === 'self' || key.endsWith('url')) && typeof v === 'string' && v.startsWith('#/') ? pointerToUrl(v, this.base, this.tree) : v;
  }

  /** Every attribute of the exported entity equals the API's; the API may have only `absent` more. */
  attributes(exported: Json, api: Json, skip: ReadonlySet<string>, absent: ReadonlySet<string>): void {
    const at = `${this.base}/export#${String(api['xid'])}`;
    for (const [k, v] of Object.entries(exported)) {
      if (skip.has(k)) continue;
      const mapped = this.value(k, v);
      if (!isDeepStrictEqual(mapped, api[k])) this.findings.push({ rule: 'export-attribute', url: at, key: k, expected: api[k], actual: mapped });
    }
    for (const k of Object.keys(api)) if (!(k in exported) && !absent.has(k) && !skip.has(k)) this.findings.push({ rule: 'export-attribute', url: at, key: k, expected: api[k], actual: undefined });
  }

  /** The two maps have the same keys; returns the exported map. */
  ids(exported: unknown, crawled: ReadonlyMap<string, unknown>, xid: string): Json {
    const map = isObject(exported) ? exported : {};
    const a = Object.keys(map).sort();
    const b = [...crawled.keys()].sort();
    if (!isDeepStrictEqual(a, b)) this.findings.push({ rule: 'export-ids', url: `${this.base}/export#${xid}`, expected: b, actual: a });
    return map;
  }

  /** A document inlined as `<singular>` or `<singular>base64` is the bytes served for it. */
  document(exported: Json, served: Buffer | undefined, singular: string, xid: string): void {
    const at = `${this.base}/export#${xid}`;
    if (served === undefined) return;
    if (`${singular}base64` in exported) {
      if (!Buffer.from(String(exported[`${singular}base64`]), 'base64').equals(served)) this.findings.push({ rule: 'export-document', url: at, key: `${singular}base64`, expected: served.toString('base64'), actual: exported[`${singular}base64`] });
      return;
    }
    if (!(singular in exported)) {
      this.findings.push({ rule: 'export-document', url: at, key: singular, expected: 'the document inline', actual: undefined });
      return;
    }
    const text = served.toString('utf8');
    const inline = exported[singular];
    let parsed: unknown = Symbol('unparsable');
    try {
      parsed = JSON.parse(text);
    } catch {
      // a text document: only the string form can match
    }
    if (!(inline === text || isDeepStrictEqual(inline, parsed))) this.findings.push({ rule: 'export-document', url: at, key: singular, expected: text, actual: inline });
  }
}

/**
 * Compares `/export` with the crawled API view: the same group, resource and version ids; the
 * same attribute values once `#/…` pointers are mapped back to absolute URLs, allowing only the
 * attributes the doc view removes (a Resource's default-Version attributes, the validation
 * attributes of Versions); every inlined document equal to the bytes served at its URL; the
 * inlined `capabilities` and `modelsource` equal to `/capabilities` and `/modelsource`.
 */
export function compareExport(tree: CrawledTree, base: string): CrawlFinding[] {
  const x = new ExportComparison(tree, base);
  const exp = tree.export;
  const groupPlurals = Object.keys(tree.model.groups);
  x.attributes(exp, tree.registry, new Set([...groupPlurals, 'capabilities', 'modelsource']), new Set());
  if (!isDeepStrictEqual(exp['capabilities'], tree.capabilities)) x.findings.push({ rule: 'export-attribute', url: `${base}/export`, key: 'capabilities', expected: tree.capabilities, actual: exp['capabilities'] });
  if (!isDeepStrictEqual(exp['modelsource'], tree.modelsource)) x.findings.push({ rule: 'export-attribute', url: `${base}/export`, key: 'modelsource', expected: tree.modelsource, actual: exp['modelsource'] });
  for (const [plural, groups] of tree.groups) {
    const gmap = x.ids(exp[plural], groups, `/${plural}`);
    for (const [gid, group] of groups) {
      const g = gmap[gid];
      if (!isObject(g)) continue;
      const rplurals = Object.keys(tree.model.groups[plural]!.resources);
      x.attributes(g, group.entity, new Set(rplurals), new Set());
      for (const [rplural, resources] of group.resources) {
        const singular = tree.model.groups[plural]!.resources[rplural]!.singular;
        const rmap = x.ids(g[rplural], resources, `/${plural}/${gid}/${rplural}`);
        for (const [rid, resource] of resources) {
          const r = rmap[rid];
          if (!isObject(r)) continue;
          const rxid = `/${plural}/${gid}/${rplural}/${rid}`;
          const dv = resource.versions.get(String(resource.entity['versionid']));
          x.attributes(r, resource.entity, new Set(['meta', 'versions']), new Set([...Object.keys(dv?.entity ?? {}).filter((k) => k !== 'self' && k !== 'xid'), ...VALIDATION_KEYS]));
          if (resource.meta && isObject(r['meta'])) x.attributes(r['meta'], resource.meta, new Set(), new Set());
          else if (resource.meta) x.findings.push({ rule: 'export-attribute', url: `${base}/export#${rxid}`, key: 'meta', expected: resource.meta, actual: r['meta'] });
          const vmap = x.ids(r['versions'], resource.versions, `${rxid}/versions`);
          for (const [vid, version] of resource.versions) {
            const v = vmap[vid];
            if (!isObject(v)) continue;
            x.attributes(v, version.entity, new Set([singular, `${singular}base64`]), new Set(VALIDATION_KEYS));
            x.document(v, version.document, singular, `${rxid}/versions/${vid}`);
          }
        }
      }
    }
  }
  return x.findings;
}
