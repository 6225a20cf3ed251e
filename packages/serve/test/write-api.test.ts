import { buildRegistryModel, Diagnostics, registryFromDocument, type RegistryNode } from '@xrgit/core';
import { describe, expect, it } from 'vitest';
import { applyWrite, WriteError, type WriteRequest } from '../src/index.js';

const model = buildRegistryModel(undefined).model;
const start = (): RegistryNode =>
  registryFromDocument(
    { schemagroups: { g: { name: 'G', schemas: { s: { versions: { '1': { format: 'JsonSchema/draft-07', schema: { type: 'object' } }, '2': { format: 'JsonSchema/draft-07', ancestorid: '1', schema: { type: 'string' } } } } } } } },
    { model, diagnostics: new Diagnostics(), file: 't' },
  );
const epochs: Record<string, number> = { '/schemagroups/g': 3, '/schemagroups/g/schemas/s': 5 };
const ctx = { registry: start(), model, epochOf: (xid: string) => epochs[xid] };

function write(method: string, url: string, body?: unknown, contentType?: string): ReturnType<typeof applyWrite> {
  const u = new URL(url, 'http://h');
  const req: WriteRequest = { method, path: u.pathname, query: u.searchParams, body: new TextEncoder().encode(body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body)), ...(contentType ? { contentType } : {}) };
  return applyWrite(ctx, req);
}

function refused(method: string, url: string, body?: unknown): string {
  try {
    write(method, url, body);
  } catch (e) {
    if (e instanceof WriteError) return `${e.status} ${e.code}`;
    throw e;
  }
  return 'accepted';
}

describe('the write API', () => {
  it.each([
    ['PUT with a stale epoch', 'PUT', '/schemagroups/g', { epoch: 2 }, '400 mismatched_epoch'],
    ['an id that contradicts the URL', 'PUT', '/schemagroups/g', { schemagroupid: 'h' }, '400 mismatched_id'],
    ['an unsupported ignore value', 'PUT', '/schemagroups/g?ignore=everything', {}, '400 bad_ignore'],
    ['POST / with a non-group attribute', 'POST', '/', { name: 'x' }, '400 groups_only'],
    ['POST to a group with a non-resource attribute', 'POST', '/schemagroups/g', { name: 'x' }, '400 resources_only'],
    ['PUT on a collection', 'PUT', '/schemagroups', {}, '405 action_not_supported'],
    ['DELETE of meta', 'DELETE', '/schemagroups/g/schemas/s/meta', undefined, '405 action_not_supported'],
    ['DELETE of an unknown entity', 'DELETE', '/schemagroups/nope', undefined, '404 not_found'],
    ['PATCH of a document URL', 'PATCH', '/schemagroups/g/schemas/s', {}, '405 details_required'],
    ['a body that is not JSON', 'PUT', '/schemagroups/g', '{oops', '400 parsing_data'],
    ['an empty body', 'PUT', '/schemagroups/g', undefined, '400 missing_body'],
    ['a sticky default that names no Version', 'PUT', '/schemagroups/g/schemas/s/meta', { defaultversionid: '9', defaultversionsticky: true }, '400 bad_defaultversionid'],
    ['an unknown type', 'PUT', '/nogroups/x', {}, '404 api_not_found'],
    ['a malformed id', 'PUT', '/schemagroups/bad$id', {}, '400 malformed_id'],
    ['$details on a group', 'PUT', '/schemagroups/g/schemas$details', {}, '404 api_not_found'],
    ['a write that breaks the model', 'PUT', '/schemagroups/g/schemas/s/versions/3$details', { schema: {} }, '400 bad_request'],
  ])('refuses %s', (_name, method, url, body, expected) => {
    expect(refused(method, url, body)).toBe(expected);
  });

  it('accepts a stale epoch with ?ignore=epoch, and a matching one', () => {
    expect(write('PUT', '/schemagroups/g?ignore=epoch', { epoch: 2, name: 'H' }).status).toBe(200);
    expect(write('PUT', '/schemagroups/g', { epoch: 3, name: 'H' }).status).toBe(200);
  });

  it('PUT replaces attributes and keeps nested collections; PATCH merges and null removes', () => {
    const put = write('PUT', '/schemagroups/g', { description: 'd', self: 'ignored', schemasurl: 'ignored' }).registry.groups.get('schemagroups')!.get('g')!;
    expect(put.attributes).toEqual({ description: 'd' });
    expect(put.resources.get('schemas')!.has('s')).toBe(true);
    expect(write('PATCH', '/schemagroups/g', { description: 'd', name: null }).registry.groups.get('schemagroups')!.get('g')!.attributes).toEqual({ description: 'd' });
  });

  it('creates implicitly and answers 201; a document PUT stores the bytes with their content type', () => {
    const created = write('PUT', '/schemagroups/new/schemas/n/versions/v1$details', { format: 'JsonSchema/draft-07', schema: {} });
    expect(created.status).toBe(201);
    expect(created.registry.groups.get('schemagroups')!.get('new')!.resources.get('schemas')!.get('n')!.versions.has('v1')).toBe(true);
    const out = write('PUT', '/schemagroups/g/schemas/s/versions/2', '{"type":"number"}', 'application/schema+json');
    expect(out.status).toBe(200);
    const v = out.registry.groups.get('schemagroups')!.get('g')!.resources.get('schemas')!.get('s')!.versions.get('2')!;
    expect(Buffer.from(v.document!).toString()).toBe('{"type":"number"}');
    expect(v.attributes).toMatchObject({ contenttype: 'application/schema+json', format: 'JsonSchema/draft-07', ancestorid: '1' });
  });

  it('?setdefaultversionid makes the default sticky; null releases it', () => {
    const sticky = write('PATCH', '/schemagroups/g/schemas/s$details?setdefaultversionid=1', {}).registry;
    expect(sticky.groups.get('schemagroups')!.get('g')!.resources.get('schemas')!.get('s')!.meta).toMatchObject({ defaultversionid: '1', defaultversionsticky: true });
    const released = applyWrite({ ...ctx, registry: sticky }, { method: 'PATCH', path: '/schemagroups/g/schemas/s$details', query: new URLSearchParams('setdefaultversionid=null'), body: new TextEncoder().encode('{}') }).registry;
    expect(released.groups.get('schemagroups')!.get('g')!.resources.get('schemas')!.get('s')!.meta).toEqual({});
  });

  it('POST to a Resource adds the next Version; deleting the last Version deletes the Resource', () => {
    const added = write('POST', '/schemagroups/g/schemas/s', { format: 'JsonSchema/draft-07', schema: {} });
    expect([...added.registry.groups.get('schemagroups')!.get('g')!.resources.get('schemas')!.get('s')!.versions.keys()]).toEqual(['1', '2', '3']);
    const one = write('DELETE', '/schemagroups/g/schemas/s/versions/2').registry;
    const none = applyWrite({ ...ctx, registry: one }, { method: 'DELETE', path: '/schemagroups/g/schemas/s/versions/1', query: new URLSearchParams(), body: new Uint8Array() }).registry;
    expect(none.groups.get('schemagroups')!.get('g')!.resources.get('schemas')!.has('s')).toBe(false);
  });

  it('DELETE on a collection checks each listed epoch and ignores unknown ids', () => {
    expect(refused('DELETE', '/schemagroups', { g: { epoch: 1 } })).toBe('400 mismatched_epoch');
    const out = write('DELETE', '/schemagroups', { g: { epoch: 3 }, unknown: {} });
    expect(out.status).toBe(204);
    expect(out.registry.groups.get('schemagroups')!.size).toBe(0);
  });

  it('never changes the registry it was given', () => {
    write('DELETE', '/schemagroups/g');
    expect(ctx.registry.groups.get('schemagroups')!.has('g')).toBe(true);
  });
});
