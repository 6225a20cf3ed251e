import type { GroupModel, Model, ResourceModel } from '@xrgit/core';
import type { HttpClient } from './http-client.js';
import { readCollection } from './read-collection.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);


/**
 * Reads a whole registry the slow way, for servers that support neither `/export` nor the `doc`
 * and `inline` flags (static hosts): `/`, `/model`, `/modelsource`, every collection (following
 * pagination), every Resource's `meta` and Versions, and the documents (following 303s; an
 * external document is kept as `<RESOURCE>url`). Assembles the result in the shape of `/export`
 * (documents as `<RESOURCE>base64`, byte for byte).
 * @throws SyncError `http-status`, `bad-response`, `server-unreachable`
 */
export async function walkRegistry(client: HttpClient, capabilities: Record<string, unknown>, modelBody: Record<string, unknown>, model: Model): Promise<Record<string, unknown>> {
  const modelsource = await readModelSource(client);

  const { body: root } = await client.getJson('/');
  const document: Record<string, unknown> = { ...root, capabilities, modelsource: modelsource ?? modelBody };
  for (const [plural, gm] of Object.entries(model.groups)) {
    const groups = await readCollection(client, `/${plural}`);
    const map: Record<string, unknown> = {};
    for (const [gid, g] of Object.entries(groups)) if (isObject(g)) map[gid] = await walkGroup(client, `/${plural}/${gid}`, gm, g);
    document[plural] = map;
  }
  return document;
}

/** `/modelsource` when the server has a non-empty one; undefined otherwise. */
async function readModelSource(client: HttpClient): Promise<Record<string, unknown> | undefined> {
  const res = await client.send({ method: 'GET', path: '/modelsource' });
  if (res.status !== 200) return undefined;
  try {
    const v = JSON.parse(Buffer.from(res.bytes).toString('utf8')) as unknown;
    return isObject(v) && Object.keys(v).length > 0 ? v : undefined;
  } catch {
    return undefined;
  }
}

async function walkGroup(client: HttpClient, path: string, gm: GroupModel, group: Record<string, unknown>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { ...group };
  for (const [rplural, rm] of Object.entries(gm.resources)) {
    const resources = await readCollection(client, `${path}/${rplural}`);
    const map: Record<string, unknown> = {};
    for (const rid of Object.keys(resources)) map[rid] = await walkResource(client, `${path}/${rplural}/${rid}`, rm);
    out[rplural] = map;
  }
  return out;
}

/** A Resource as `{meta, versions}`: the default Version's copy on the Resource is not needed. */
async function walkResource(client: HttpClient, path: string, rm: ResourceModel): Promise<Record<string, unknown>> {
  const { body: meta } = await client.getJson(`${path}/meta`);
  const versions = await readCollection(client, `${path}/versions`);
  for (const [vid, v] of Object.entries(versions)) {
    if (isObject(v) && rm.hasdocument) versions[vid] = await withDocument(client, `${path}/versions/${vid}`, rm, v);
  }
  return { meta, versions };
}

/** The Version with its document: bytes as `<RESOURCE>base64`, or `<RESOURCE>url` for a 303. */
async function withDocument(client: HttpClient, path: string, rm: ResourceModel, version: Record<string, unknown>): Promise<Record<string, unknown>> {
  const urlAttr = `${rm.singular}url`;
  if (typeof version[urlAttr] === 'string') return version;
  const res = await client.send({ method: 'GET', path, redirect: 'manual' });
  if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
    return { ...version, [urlAttr]: new URL(res.headers.get('location')!, res.url).href };
  }
  if (res.status !== 200) throw client.statusError('GET', res);
  return { ...version, [`${rm.singular}base64`]: Buffer.from(res.bytes).toString('base64') };
}
