import { describe, expect, it } from 'vitest';
import { header, runCase, send, type ConformanceCase } from './conformance-case.js';
import { BASE } from './fixture-state.js';

const G = '/schemagroups/com.example';
const S = `${G}/schemas/order`;
type Map = Record<string, Record<string, unknown>>;

// core/spec.md §Request Flags, core/http.md §Request Flags / Query Parameters
const cases: ConformanceCase[] = [
  // inline
  { name: 'inline=<GROUPS> inlines one level only', url: '/?inline=schemagroups', status: 200, check: (_r, j) => { const g = (j as { schemagroups: Map }).schemagroups; expect(Object.keys(g)).toEqual(['com.example', 'org.test']); expect(g['com.example']).not.toHaveProperty('schemas'); }, absent: ['messagegroups'] },
  { name: 'a bare inline means * and leaves out model, modelsource and capabilities', url: '/?inline', status: 200, body: { schemagroups: { 'com.example': { schemas: { order: { meta: { defaultversionid: '2' }, schema: { required: ['id'] }, versions: { '1': { schema: { type: 'object' } } } } } } } }, absent: ['model', 'capabilities', 'modelsource'] },
  { name: 'inline=model,capabilities,modelsource inlines the configuration', url: '/?inline=model,capabilities&inline=modelsource', status: 200, body: { model: { groups: {} }, capabilities: { flags: expect.any(Array) }, modelsource: { groups: {} } } },
  { name: 'a nested inline path inlines its parents along that path only', url: '/?inline=schemagroups.schemas.versions', status: 200, check: (_r, j) => { const order = (j as { schemagroups: Map }).schemagroups['com.example']!['schemas'] as Map; expect(Object.keys(order['order']!['versions'] as object)).toEqual(['1', '2']); expect(order['order']).not.toHaveProperty('meta'); }, absent: ['messagegroups'] },
  { name: 'inline=<GROUPS>.* inlines everything below that collection', url: '/?inline=schemagroups.*', status: 200, body: { schemagroups: { 'com.example': { schemas: { order: { versions: {} } } } } }, absent: ['messagegroups'] },
  { name: 'inline=<RESOURCE> on a Resource inlines the default Version document', url: `${S}$details?inline=schema`, status: 200, body: { schema: { type: 'object', required: ['id'] } }, absent: ['versions'] },
  { name: 'a text document inlines as a string', url: `${G}/schemas/notes$details?inline=schema`, status: 200, body: { schema: 'hello\n' } },
  { name: 'inline on a collection is relative to its members', url: `${G}/schemas?inline=meta`, status: 200, body: { order: { meta: { defaultversionid: '2' } } } },
  { name: 'an unknown inline name is bad_inline', url: '/?inline=nothing', status: 400, error: 'bad_inline', body: { args: { value: 'nothing' } } },
  { name: '* not at the end of an inline path is bad_inline', url: '/?inline=*.schemas', status: 400, error: 'bad_inline' },
  { name: 'inlining a declared plain attribute is inline_noninlineable', url: '/?inline=description', status: 400, error: 'inline_noninlineable', body: { args: { name: 'description' } } },
  { name: '<RESOURCE>base64 is not an inline value (a declared, non-inlineable attribute)', url: `${S}$details?inline=schemabase64`, status: 400, error: 'inline_noninlineable' },
  // binary
  { name: 'binary forces <RESOURCE>base64', url: `${S}$details?inline=schema&binary`, status: 200, check: (_r, j) => expect(JSON.parse(Buffer.from((j as { schemabase64: string }).schemabase64, 'base64').toString())).toEqual({ type: 'object', required: ['id'] }), absent: ['schema'] },
  // doc
  { name: 'doc makes URLs of included entities relative to the response root', url: `${G}?doc&inline=schemas`, status: 200, body: { self: '#/', schemasurl: '#/schemas', schemas: { order: { self: '#/schemas/order', versionsurl: `${BASE}${S}/versions` } } } },
  { name: 'doc removes the default Version attributes from a Resource', url: `${S}$details?doc`, status: 200, body: { schemaid: 'order', self: '#/' }, absent: ['versionid', 'isdefault', 'format', 'schema'] },
  { name: 'doc on a collection points at members as #/<id>', url: `${G}/schemas?doc`, status: 200, body: { order: { self: '#/order' } } },
  { name: 'doc on a document URL answers its metadata', url: `${S}?doc`, status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: { schemaid: 'order', self: '#/' } },
  // collections
  { name: 'collections on / returns only the collection maps, all inlined', url: '/?collections', status: 200, body: { schemagroups: { 'com.example': { schemas: { order: { versions: {} } } } }, messagegroups: { mg: {} } }, absent: ['registryid', 'self', 'specversion'] },
  { name: 'collections on a Group returns its Resource maps', url: `${G}?collections`, status: 200, body: { schemas: { order: {} } }, absent: ['schemagroupid'] },
  { name: 'collections anywhere else is bad_flag', url: `${G}/schemas?collections`, status: 400, error: 'bad_flag', body: { args: { flag: 'collections' } } },
  // sort
  { name: 'sort=attr orders a collection ascending, missing values first', url: `${G}/schemas?sort=name`, status: 200, check: (_r, j) => expect(Object.keys(j as object)).toEqual(['ext', 'notes', 'order']) },
  { name: 'sort=attr=desc orders descending', url: `${G}/schemas?sort=name=desc`, status: 200, check: (_r, j) => expect(Object.keys(j as object)).toEqual(['order', 'notes', 'ext']) },
  { name: 'sort on a nested attribute', url: '/schemagroups?sort=labels.stage', status: 200, check: (_r, j) => expect(Object.keys(j as object)).toEqual(['org.test', 'com.example']) },
  { name: 'sort on an entity is sort_noncollection', url: `${G}?sort=name`, status: 400, error: 'sort_noncollection' },
  { name: 'a bad sort order is bad_sort', url: `${G}/schemas?sort=name=up`, status: 400, error: 'bad_sort' },
  // specversion
  { name: 'specversion ignores the patch number', url: '/?specversion=1.0.7-rc4', status: 200 },
  { name: 'specversion compares case-insensitively', url: '/?specversion=1.0-RC4', status: 200 },
  { name: 'an unsupported specversion is unsupported_specversion', url: '/?specversion=2.0', status: 400, error: 'unsupported_specversion', body: { args: { specversion: '2.0', list: '1.0-rc4' } } },
  // pagination
  { name: 'limit pages a collection with Link rel=next;count', url: `${G}/schemas?limit=2`, status: 200, headers: { Link: new RegExp(`<${BASE}${G}/schemas\\?limit=2&offset=2>;rel=next;count=3`) }, check: (_r, j) => expect(Object.keys(j as object)).toEqual(['ext', 'notes']) },
  { name: 'the last page has prev and no next', url: `${G}/schemas?limit=2&offset=2`, status: 200, check: (r, j) => { expect(Object.keys(j as object)).toEqual(['order']); expect(header(r, 'Link')).toContain('rel=prev;count=3'); expect(header(r, 'Link')).not.toContain('rel=next'); } },
  { name: 'limit=0 is bad_flag', url: `${G}/schemas?limit=0`, status: 400, error: 'bad_flag' },
  // methods and CORS
  { name: 'OPTIONS lists the methods in Allow and Access-Control-Allow-Methods', url: '/', method: 'OPTIONS', status: 200, headers: { Allow: 'GET, HEAD, OPTIONS', 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS' } },
  { name: 'a write method is action_not_supported with Allow', url: G, method: 'PUT', status: 405, error: 'action_not_supported', headers: { Allow: 'GET, HEAD, OPTIONS' }, body: { args: { action: 'PUT' } } },
  { name: 'HEAD answers the headers without a body', url: S, method: 'HEAD', status: 200, headers: { 'xRegistry-schemaid': 'order' }, check: (r) => expect(r.body.length).toBe(0) },
];

describe('read flags (core/spec.md §Request Flags)', () => {
  for (const c of cases) it(c.name, () => runCase(c));
  it('ignores unknown query parameters', () => expect(send('/?whatever=1').status).toBe(200));
});
