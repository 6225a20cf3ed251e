import { describe, expect, it } from 'vitest';
import { runCase, type ConformanceCase } from './conformance-case.js';
import { BASE } from './fixture-state.js';

const G = '/schemagroups/com.example';
const keys = (j: unknown): string[] => Object.keys(j as object);
const ids = (want: string[]) => (_r: unknown, j: unknown): void => expect(keys(j)).toEqual(want);

// core/spec.md §Filter Flag; core/http.md §?filter (AND within one parameter, OR across them)
const cases: ConformanceCase[] = [
  { name: 'attr=value matches case-insensitively', url: `${G}/schemas?filter=name=ORDER`, status: 200, check: ids(['order']) },
  { name: 'a bare attribute matches entities where it is present', url: `${G}/schemas?filter=name`, status: 200, check: ids(['ext', 'notes', 'order']) },
  { name: 'attr=null matches entities without it', url: `${G}/schemas?filter=description=null`, status: 200, check: ids(['ext', 'notes']) },
  { name: 'attr!=null is the same as the bare attribute', url: `${G}/schemas?filter=description!=null`, status: 200, check: ids(['order']) },
  { name: '!= is NOT(=) and also matches a missing attribute', url: `${G}/schemas?filter=description!=x`, status: 200, check: ids(['ext', 'notes', 'order']) },
  { name: '<> is the same as !=', url: `${G}/schemas?filter=name<>order`, status: 200, check: ids(['ext', 'notes']) },
  { name: '* wildcards match any characters', url: `${G}/schemas?filter=name=*t*`, status: 200, check: ids(['ext', 'notes']) },
  { name: '=* matches any present value', url: `${G}/schemas?filter=contenttype=*`, status: 200, check: ids(['notes', 'order']) },
  { name: 'numbers compare numerically', url: `${G}/schemas?filter=versionscount>1`, status: 200, check: ids(['order']) },
  { name: '<= on numbers', url: `${G}/schemas?filter=versionscount<=1`, status: 200, check: ids(['ext', 'notes']) },
  { name: 'booleans compare exactly', url: `${G}/schemas/order/versions?filter=isdefault=true`, status: 200, check: ids(['2']) },
  { name: 'strings compare with < and >= (timestamps as strings)', url: `${G}/schemas/order/versions?filter=createdat>=2024-02-01`, status: 200, check: ids(['2']) },
  { name: 'nested attribute paths reach into maps', url: '/schemagroups?filter=labels.stage=dev', status: 200, check: ids(['org.test']) },
  { name: '.* matches any map member', url: '/schemagroups?filter=labels.*=PROD', status: 200, check: ids(['com.example']) },
  { name: 'expressions in one filter are ANDed', url: `${G}/schemas?filter=name=*e*,contenttype=text/plain`, status: 200, check: ids(['notes']) },
  { name: 'repeated filters are ORed', url: `${G}/schemas?filter=name=order&filter=name=notes`, status: 200, check: ids(['notes', 'order']) },
  { name: 'meta attributes are reached through meta', url: `${G}/schemas?filter=meta.defaultversionid=2`, status: 200, check: ids(['order']) },
  { name: 'a path through collections keeps matching leaves and their parents, and adjusts counts and urls', url: '/?filter=schemagroups.schemas.name=order', status: 200, body: { schemagroupscount: 1, schemagroupsurl: `${BASE}/schemagroups?filter=schemas.name%3Dorder`, messagegroupscount: 0, messagegroupsurl: `${BASE}/messagegroups?filter=excludeall` } },
  { name: 'filtered inlined collections hold only kept entities, with children of matching leaves', url: '/?filter=schemagroups.schemas.name=order&inline=*', status: 200, check: (_r, j) => { const sg = (j as { schemagroups: Record<string, { schemas: Record<string, { versions: object }> }> }).schemagroups; expect(keys(sg)).toEqual(['com.example']); expect(keys(sg['com.example']!.schemas)).toEqual(['order']); expect(keys(sg['com.example']!.schemas['order']!.versions)).toEqual(['1', '2']); } },
  { name: 'a filter on Versions keeps only the matching Versions', url: '/schemagroups?filter=schemas.versions.versionid=1&inline=schemas.versions', status: 200, check: (_r, j) => { const s = (j as Record<string, { schemas: Record<string, { versions: object; versionscount: number }> }>)['com.example']!.schemas; expect(keys(s['order']!.versions)).toEqual(['1']); expect(s['order']!.versionscount).toBe(1); } },
  { name: 'an entity-level mismatch is 404', url: '/?filter=description=no-match', status: 404, error: 'not_found' },
  { name: 'an entity-level match returns the entity', url: '/?filter=description=*COOL*', status: 200, body: { registryid: 'demo' } },
  { name: 'an entity-level mismatch on a document URL is 404', url: `${G}/schemas/order?filter=name=other`, status: 404, error: 'not_found' },
  { name: 'excludeall on a collection returns {}', url: '/schemagroups?filter=excludeall', status: 200, check: ids([]) },
  { name: 'excludeall on an entity is not_found', url: `${G}?filter=excludeall`, status: 404, error: 'not_found' },
  { name: 'excludeall with another expression is bad_filter', url: '/schemagroups?filter=excludeall,name=x', status: 400, error: 'bad_filter' },
  { name: 'a relational operator with null is bad_filter', url: '/schemagroups?filter=name<null', status: 400, error: 'bad_filter' },
  { name: 'a wildcard with a relational operator is bad_filter', url: '/schemagroups?filter=name>a*', status: 400, error: 'bad_filter' },
  { name: 'an empty expression is bad_filter', url: '/schemagroups?filter=name=x,', status: 400, error: 'bad_filter', body: { args: { value: '' } } },
  { name: 'a filter on a nonexistent attribute does not match and is no error', url: '/schemagroups?filter=nothing.here=5', status: 200, check: ids([]) },
];

describe('filter flag (core/spec.md §Filter Flag)', () => {
  for (const c of cases) it(c.name, () => runCase(c));
});
