import { describe, expect, it } from 'vitest';
import { exportDocument } from '@xrgit/core';
import { runCase, state, type ConformanceCase } from './conformance-case.js';
import { BASE } from './fixture-state.js';

const G = '/schemagroups/com.example';
const S = `${G}/schemas/order`;

// core/http.md §HTTP API Patterns and the GET section of each entity
const cases: ConformanceCase[] = [
  { name: 'GET / returns the Registry with its collection urls and counts', url: '/', status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: { specversion: '1.0-rc4', registryid: 'demo', self: `${BASE}/`, xid: '/', schemagroupsurl: `${BASE}/schemagroups`, schemagroupscount: 2 }, absent: ['schemagroups', 'model', 'capabilities'] },
  { name: 'GET /capabilities says the server is read-only and lists exactly the implemented flags', url: '/capabilities', status: 200, body: { available: { entities: { mutable: false }, model: { mutable: false }, capabilities: { mutable: false }, export: { mutable: false } }, flags: ['binary', 'collections', 'doc', 'filter', 'inline', 'sort', 'specversion'], pagination: true, specversions: ['1.0-rc4'], formats: ['jsonschema/draft-07'] } },
  { name: 'GET /capabilitiesoffered is not an API when no offered map is configured', url: '/capabilitiesoffered', status: 404, error: 'api_not_found' },
  { name: 'GET /model returns the full model', url: '/model', status: 200, check: (_r, j) => expect(Object.keys((j as { groups: object }).groups)).toContain('schemagroups') },
  { name: 'GET /modelsource returns the modelsource', url: '/modelsource', status: 200, body: { groups: {} } },
  { name: 'GET /.xregistry lists the registry root (discovery)', url: '/.xregistry', status: 200, body: { registries: [`${BASE}/`] } },
  { name: 'GET /.well-known/xregistry is the same discovery document', url: '/.well-known/xregistry', status: 200, body: { registries: [`${BASE}/`] } },
  { name: 'GET /export is the whole registry in doc view with capabilities and modelsource', url: '/export', status: 200, check: (_r, j) => expect(j).toEqual(JSON.parse(JSON.stringify({ ...exportDocument(state), capabilities: (j as { capabilities: unknown }).capabilities }))) },
  { name: 'GET /export with an explicit inline overrides the default', url: '/export?inline=schemagroups', status: 200, body: { self: '#/', schemagroupsurl: '#/schemagroups' }, absent: ['capabilities', 'modelsource', 'messagegroups'] },
  { name: 'GET /<GROUPS> returns the id map sorted by id', url: '/schemagroups', status: 200, check: (_r, j) => expect(Object.keys(j as object)).toEqual(['com.example', 'org.test']) },
  { name: 'GET /<GROUPS>/<GID> returns the Group', url: G, status: 200, body: { schemagroupid: 'com.example', self: `${BASE}${G}`, schemasurl: `${BASE}${G}/schemas`, schemascount: 3 }, absent: ['schemas'] },
  { name: 'a trailing slash addresses the same entity', url: `${G}/`, status: 200, body: { schemagroupid: 'com.example' } },
  { name: 'GET …/<RESOURCES> returns the Resources with self ending in $details', url: `${G}/schemas`, status: 200, body: { order: { self: `${BASE}${S}$details` } } },
  { name: 'GET …/<RID> returns the document bytes with xRegistry headers', url: S, status: 200, headers: { 'Content-Type': 'application/json', 'xRegistry-schemaid': 'order', 'xRegistry-versionid': '2', 'xRegistry-self': `${BASE}${S}`, 'xRegistry-labels.team': 'orders%20eu', 'xRegistry-description': 'Second:%20%22%C3%BC%22', 'Content-Location': `${BASE}${S}/versions/2`, 'Content-Disposition': 'order' }, body: { type: 'object', required: ['id'] } },
  { name: 'GET …/<RID> with <RESOURCE>url answers 303 to it with an empty body', url: `${G}/schemas/ext`, status: 303, headers: { Location: 'https://schemas.example/ext.avsc', 'xRegistry-schemaurl': 'https://schemas.example/ext.avsc' }, check: (r) => expect(r.body.length).toBe(0) },
  { name: 'GET …/<RID>$details returns the metadata with the default Version as Content-Location', url: `${S}$details`, status: 200, headers: { 'Content-Location': `${BASE}${S}/versions/2$details` }, body: { schemaid: 'order', versionid: '2', isdefault: true, self: `${BASE}${S}$details`, metaurl: `${BASE}${S}/meta`, versionscount: 2 }, absent: ['schema', 'schemabase64'] },
  { name: 'GET …/<RID>/meta returns the meta entity', url: `${S}/meta`, status: 200, body: { schemaid: 'order', self: `${BASE}${S}/meta`, defaultversionid: '2', defaultversionurl: `${BASE}${S}/versions/2$details`, defaultversionsticky: false } },
  { name: 'GET …/versions returns the Versions map', url: `${S}/versions`, status: 200, check: (_r, j) => expect(Object.keys(j as object)).toEqual(['1', '2']) },
  { name: 'GET …/versions/<VID> returns that Version document', url: `${S}/versions/1`, status: 200, headers: { 'xRegistry-versionid': '1', 'xRegistry-isdefault': 'false' }, body: { type: 'object' } },
  { name: 'GET …/versions/<VID>$details returns the Version metadata', url: `${S}/versions/1$details`, status: 200, body: { versionid: '1', isdefault: false, self: `${BASE}${S}/versions/1$details` }, absent: ['metaurl', 'versionsurl'] },
  { name: 'a Resource type without documents answers its plain URL with metadata', url: '/messagegroups/mg/messages/m1', status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: { messageid: 'm1', self: `${BASE}/messagegroups/mg/messages/m1` } },
  { name: '$details on a type without documents is treated as absent', url: '/messagegroups/mg/messages/m1$details', status: 200, body: { messageid: 'm1' } },
  { name: '$details on a Group is bad_details', url: `${G}$details`, status: 400, error: 'bad_details' },
  { name: '$details on a collection is bad_details', url: '/schemagroups$details', status: 400, error: 'bad_details' },
  { name: '$details on meta is bad_details', url: `${S}/meta$details`, status: 400, error: 'bad_details' },
  { name: 'an unknown root path is api_not_found', url: '/nothing', status: 404, error: 'api_not_found', body: { subject: '/nothing', title: 'The specified API is not supported: /nothing.' } },
  { name: 'an unknown collection under a Group is api_not_found', url: `${G}/messages`, status: 404, error: 'api_not_found' },
  { name: 'a path below a Version is api_not_found', url: `${S}/versions/1/more`, status: 404, error: 'api_not_found' },
  { name: 'an unknown Group id is not_found with its xid as subject', url: '/schemagroups/nope', status: 404, error: 'not_found', body: { subject: '/schemagroups/nope', title: 'The targeted entity (/schemagroups/nope) cannot be found.' } },
  { name: 'an unknown Resource id is not_found', url: `${G}/schemas/nope$details`, status: 404, error: 'not_found', body: { subject: `${G}/schemas/nope` } },
  { name: 'an unknown Version id is not_found', url: `${S}/versions/9`, status: 404, error: 'not_found', body: { subject: `${S}/versions/9` } },
];

describe('read paths (core/http.md)', () => {
  for (const c of cases) it(c.name, () => runCase(c));
});
