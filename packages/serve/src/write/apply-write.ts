import { computeLineage, renderMessage, validateRegistry, type GroupNode, type Model, type RegistryNode, type ResourceNode } from '@xrgit/core';
import { groupOf, jsonBody, metaOf, resourceOf, versionOf, withoutServerKeys } from './write-bodies.js';
import { WriteError } from './write-error.js';
import { parseWriteFlags, type WriteFlags } from './write-flags.js';
import { mergeAttributes, nextVersionId, removeVersion, upsertGroup, upsertResource, type Mode } from './registry-edits.js';
import { parseWriteTarget, targetXid, type WriteTarget } from './write-target.js';

/** A write request: method, path, query, body bytes and content type. */
export interface WriteRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Uint8Array;
  contentType?: string;
}

/** What the server holds now: the authored registry, its model, and the current epochs by xid. */
export interface WriteContext {
  registry: RegistryNode;
  model: Model;
  epochOf: (xid: string) => number | undefined;
}

/** The registry after a write, the status to answer, and the entity to show (none for deletes). */
export interface WriteOutcome {
  registry: RegistryNode;
  status: 200 | 201 | 204;
  /** Request path of the entity to return (its `$details` form for Resources and Versions). */
  show?: string;
}

/** Write methods by target kind (core/http.md); anything else is `action_not_supported`. */
const METHODS: Record<WriteTarget['kind'], string[]> = {
  registry: ['PUT', 'PATCH', 'POST'],
  groups: ['POST', 'PATCH', 'DELETE'],
  group: ['PUT', 'PATCH', 'POST', 'DELETE'],
  resources: ['POST', 'PATCH', 'DELETE'],
  resource: ['PUT', 'PATCH', 'POST', 'DELETE'],
  meta: ['PUT', 'PATCH'],
  versions: ['POST', 'PATCH', 'DELETE'],
  version: ['PUT', 'PATCH', 'DELETE'],
};

/**
 * Applies one write (PUT, PATCH, POST, DELETE; core/http.md §Creating or Updating Entities,
 * §Deleting Entities) to a copy of the authored registry: read-only attributes ignored, ids
 * checked against the URL, `epoch` checked unless `?ignore=epoch`, `?setdefaultversionid`
 * honoured, nested collections upserted and never implicitly emptied. The result is validated
 * against the model; a write that adds errors is refused with `bad_request` and changes nothing.
 * @throws WriteError with the spec's code for every refused request.
 */
export function applyWrite(ctx: WriteContext, req: WriteRequest): WriteOutcome {
  const target = parseWriteTarget(ctx.model, req.path);
  const xid = targetXid(target);
  if (!METHODS[target.kind].includes(req.method)) throw new WriteError('action_not_supported', xid, { action: req.method });
  if (req.method === 'PATCH' && (target.kind === 'resource' || target.kind === 'version') && !target.details && hasDocuments(ctx.model, target)) throw new WriteError('details_required', xid);
  const flags = parseWriteFlags(req.query, req.path);
  const registry: RegistryNode = { ...ctx.registry, attributes: { ...ctx.registry.attributes }, groups: new Map([...ctx.registry.groups].map(([k, m]) => [k, new Map(m)])) };
  const w = new Writer(ctx, registry, flags, req);
  const outcome = w.run(target, xid);
  const before = new Set(validateRegistry(ctx.registry, ctx.model).items.filter((d) => d.severity === 'error').map(renderMessage));
  const added = validateRegistry(registry, ctx.model).items.filter((d) => d.severity === 'error' && !before.has(renderMessage(d)));
  if (added.length > 0) throw new WriteError('bad_request', xid, { error_detail: renderMessage(added[0]!).replace(/\.+$/, '') });
  return outcome;
}

function hasDocuments(model: Model, t: WriteTarget & { plural: string; rplural: string }): boolean {
  return model.groups[t.plural]!.resources[t.rplural]!.hasdocument;
}

/** One write against a copy of the registry (copied on the way down, so the original never changes). */
class Writer {
  constructor(
    private readonly ctx: WriteContext,
    private readonly registry: RegistryNode,
    private readonly flags: WriteFlags,
    private readonly req: WriteRequest,
  ) {}

  run(t: WriteTarget, xid: string): WriteOutcome {
    const mode: Mode = this.req.method === 'PATCH' ? 'patch' : 'put';
    if (this.req.method === 'DELETE') return this.remove(t, xid);
    switch (t.kind) {
      case 'registry':
        return this.root(mode);
      case 'groups':
        return this.eachEntry(xid, (id, body) => this.putGroup(t.plural, id, body, this.req.method === 'PATCH' ? 'patch' : 'put'));
      case 'group':
        if (this.req.method === 'POST') return this.postResources(t.plural, t.gid, xid);
        return this.putGroup(t.plural, t.gid, this.body(), mode);
      case 'resources':
        return this.eachEntry(xid, (id, body) => this.putResource(t.plural, t.gid, t.rplural, id, body, this.req.method === 'PATCH' ? 'patch' : 'put'));
      case 'resource':
        if (this.req.method === 'POST') return this.postVersion(t);
        if (!t.details && hasDocuments(this.ctx.model, t)) return this.putDocument(t, undefined);
        return this.putResource(t.plural, t.gid, t.rplural, t.rid, this.body(), mode);
      case 'meta':
        return this.putMeta(t, xid, mode);
      case 'versions':
        return this.eachEntry(xid, (id, body) => this.putVersion(t, id, body, this.req.method === 'PATCH' ? 'patch' : 'put'));
      case 'version':
        if (!t.details && hasDocuments(this.ctx.model, t)) return this.putDocument(t, t.vid);
        return this.putVersion(t, t.vid, this.body(), mode);
    }
  }

  private body(): Record<string, unknown> {
    return jsonBody(this.req.body, this.req.path);
  }

  private checkEpoch(xid: string, value: unknown): void {
    if (this.flags.ignore.has('epoch') || value === undefined || value === null) return;
    const current = this.ctx.epochOf(xid);
    if (current !== undefined && value !== current) throw new WriteError('mismatched_epoch', xid, { bad_epoch: String(value), epoch: String(current) });
  }

  private groups(plural: string): Map<string, GroupNode> {
    let m = this.registry.groups.get(plural);
    if (!m) this.registry.groups.set(plural, (m = new Map()));
    return m;
  }

  private root(mode: Mode): WriteOutcome {
    const body = this.body();
    const plurals = Object.keys(this.ctx.model.groups);
    if (this.req.method === 'POST') {
      const extra = Object.keys(body).find((k) => !plurals.includes(k));
      if (extra !== undefined) throw new WriteError('groups_only', '/', { name: extra });
    } else {
      this.checkEpoch('/', body['epoch']);
      const attrs = withoutServerKeys(Object.fromEntries(Object.entries(body).filter(([k]) => !plurals.includes(k))), plurals);
      if (attrs['registryid'] !== undefined && this.registry.attributes['registryid'] !== undefined && attrs['registryid'] !== this.registry.attributes['registryid']) {
        throw new WriteError('mismatched_id', '/', { singular: 'registry', invalid_id: String(attrs['registryid']), expected_id: String(this.registry.attributes['registryid']) });
      }
      this.registry.attributes = mergeAttributes(this.registry.attributes, { ...attrs, ...(mode === 'put' && this.registry.attributes['registryid'] !== undefined ? { registryid: this.registry.attributes['registryid'] } : {}) }, mode);
    }
    for (const plural of plurals) {
      const coll = body[plural];
      if (coll !== null && typeof coll === 'object') for (const [gid, g] of Object.entries(coll)) this.putGroup(plural, gid, asObject(g, `/${plural}/${gid}`), 'put');
    }
    return { registry: this.registry, status: 200, show: '/' };
  }

  private putGroup(plural: string, gid: string, body: Record<string, unknown>, mode: Mode): WriteOutcome {
    const xid = `/${plural}/${gid}`;
    const gm = this.ctx.model.groups[plural]!;
    const existing = this.groups(plural).get(gid);
    if (existing) this.checkEpoch(xid, body['epoch']);
    const incoming = groupOf(body, gid, gm, this.ctx.model, xid);
    this.groups(plural).set(gid, upsertGroup(existing, incoming, mode, gm.resources, this.flags));
    return { registry: this.registry, status: existing ? 200 : 201, show: xid };
  }

  private postResources(plural: string, gid: string, xid: string): WriteOutcome {
    const body = this.body();
    const gm = this.ctx.model.groups[plural]!;
    const extra = Object.keys(body).find((k) => !(k in gm.resources));
    if (extra !== undefined) throw new WriteError('resources_only', xid, { name: extra });
    for (const [rplural, coll] of Object.entries(body)) {
      if (coll !== null && typeof coll === 'object') for (const [rid, r] of Object.entries(coll)) this.putResource(plural, gid, rplural, rid, asObject(r, `${xid}/${rplural}/${rid}`), 'put');
    }
    return { registry: this.registry, status: 200, show: xid };
  }

  /** The group a write below it goes into, created implicitly when missing (core/spec.md §Implicit Creation). */
  private group(plural: string, gid: string): GroupNode {
    const groups = this.groups(plural);
    const g = groups.get(gid);
    const copy: GroupNode = g ? { ...g, resources: new Map([...g.resources].map(([k, m]) => [k, new Map(m)])) } : { id: gid, attributes: {}, resources: new Map() };
    groups.set(gid, copy);
    return copy;
  }

  private resources(plural: string, gid: string, rplural: string): Map<string, ResourceNode> {
    const g = this.group(plural, gid);
    let m = g.resources.get(rplural);
    if (!m) g.resources.set(rplural, (m = new Map()));
    return m;
  }

  private putResource(plural: string, gid: string, rplural: string, rid: string, body: Record<string, unknown>, mode: Mode, requestVid?: string): WriteOutcome {
    const rxid = `/${plural}/${gid}/${rplural}/${rid}`;
    const rm = this.ctx.model.groups[plural]!.resources[rplural]!;
    const coll = this.resources(plural, gid, rplural);
    const existing = coll.get(rid);
    const meta = body['meta'] !== null && typeof body['meta'] === 'object' ? (body['meta'] as Record<string, unknown>) : undefined;
    if (existing) this.checkEpoch(rxid, meta?.['epoch'] ?? body['epoch']);
    const input = { ...body };
    // Resource-level Version attributes go to the current default Version of an existing Resource.
    if (existing && input['versionid'] === undefined) input['versionid'] = computeLineage(existing, rm).defaultVersionId;
    const incoming = resourceOf(input, rid, rm, this.ctx.model, rxid);
    coll.set(rid, upsertResource(existing, incoming, mode, rm, this.flags, requestVid, meta !== undefined));
    return { registry: this.registry, status: existing ? 200 : 201, show: `${rxid}${rm.hasdocument ? '$details' : ''}` };
  }

  private putMeta(t: Extract<WriteTarget, { kind: 'meta' }>, xid: string, mode: Mode): WriteOutcome {
    const rxid = xid.slice(0, -'/meta'.length);
    const existing = this.resources(t.plural, t.gid, t.rplural).get(t.rid);
    if (!existing) throw new WriteError('not_found', rxid);
    const body = this.body();
    this.checkEpoch(rxid, body['epoch']);
    const rm = this.ctx.model.groups[t.plural]!.resources[t.rplural]!;
    const incoming: ResourceNode = { id: t.rid, meta: metaOf(body, rm), versions: new Map() };
    this.resources(t.plural, t.gid, t.rplural).set(t.rid, upsertResource(existing, incoming, mode, rm, this.flags, undefined));
    return { registry: this.registry, status: 200, show: xid };
  }

  private putVersion(t: { plural: string; gid: string; rplural: string; rid: string }, vid: string, body: Record<string, unknown>, mode: Mode): WriteOutcome {
    const rxid = `/${t.plural}/${t.gid}/${t.rplural}/${t.rid}`;
    const vxid = `${rxid}/versions/${vid}`;
    const rm = this.ctx.model.groups[t.plural]!.resources[t.rplural]!;
    const coll = this.resources(t.plural, t.gid, t.rplural);
    const existing = coll.get(t.rid);
    const had = existing?.versions.has(vid) === true;
    if (had) this.checkEpoch(vxid, body['epoch']);
    const incoming: ResourceNode = { id: t.rid, meta: {}, versions: new Map([[vid, versionOf(body, vid, rm, this.ctx.model, vxid)]]) };
    coll.set(t.rid, upsertResource(existing, incoming, mode, rm, this.flags, vid, false));
    return { registry: this.registry, status: had ? 200 : 201, show: `${vxid}${rm.hasdocument ? '$details' : ''}` };
  }

  /** POST …/<RID>: upserts one Version (id from the body, else the next free integer). */
  private postVersion(t: Extract<WriteTarget, { kind: 'resource' }>): WriteOutcome {
    const body = this.body();
    const existing = this.resources(t.plural, t.gid, t.rplural).get(t.rid);
    const vid = typeof body['versionid'] === 'string' ? body['versionid'] : nextVersionId(existing);
    return this.putVersion(t, vid, body, 'put');
  }

  /** PUT of a document (no `$details`): the bytes become the Version's (the Resource's default Version's) document. */
  private putDocument(t: { plural: string; gid: string; rplural: string; rid: string }, vid: string | undefined): WriteOutcome {
    const rm = this.ctx.model.groups[t.plural]!.resources[t.rplural]!;
    const existing = this.resources(t.plural, t.gid, t.rplural).get(t.rid);
    const target = vid ?? (existing ? computeLineage(existing, rm).defaultVersionId : undefined) ?? '1';
    const body: Record<string, unknown> = { ...(existing?.versions.get(target)?.attributes ?? {}), [`${rm.singular}base64`]: Buffer.from(this.req.body).toString('base64') };
    delete body[`${rm.singular}url`];
    if (this.req.contentType) body['contenttype'] = this.req.contentType;
    const out = this.putVersion(t, target, body, 'put');
    return vid ? out : { ...out, show: `/${t.plural}/${t.gid}/${t.rplural}/${t.rid}$details` };
  }

  private eachEntry(xid: string, put: (id: string, body: Record<string, unknown>) => WriteOutcome): WriteOutcome {
    for (const [id, entry] of Object.entries(this.body())) put(id, asObject(entry, `${xid}/${id}`));
    return { registry: this.registry, status: 200, show: xid };
  }

  private remove(t: WriteTarget, xid: string): WriteOutcome {
    const del = (x: string): void => this.deleteEntity(x);
    if (t.kind === 'groups' || t.kind === 'resources' || t.kind === 'versions') {
      const text = Buffer.from(this.req.body).toString('utf8').trim();
      const ids = text === '' ? this.childIds(t) : Object.entries(jsonBody(this.req.body, this.req.path)).map(([id, v]) => {
        const o = v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};
        const epoch = t.kind === 'resources' && o['meta'] !== null && typeof o['meta'] === 'object' ? (o['meta'] as Record<string, unknown>)['epoch'] : o['epoch'];
        if (this.exists(`${xid}/${id}`)) this.checkEpoch(`${xid}/${id}`, epoch);
        return id;
      });
      for (const id of ids) if (this.exists(`${xid}/${id}`)) del(`${xid}/${id}`);
      return { registry: this.registry, status: 204 };
    }
    if (t.kind === 'registry' || t.kind === 'meta') throw new WriteError('action_not_supported', xid, { action: 'DELETE' });
    if (!this.exists(xid)) throw new WriteError('not_found', xid);
    if (this.flags.epoch !== undefined) this.checkEpoch(xid, this.flags.epoch);
    del(xid);
    return { registry: this.registry, status: 204 };
  }

  private childIds(t: Extract<WriteTarget, { kind: 'groups' | 'resources' | 'versions' }>): string[] {
    if (t.kind === 'groups') return [...(this.registry.groups.get(t.plural)?.keys() ?? [])];
    const g = this.registry.groups.get(t.plural)?.get(t.gid);
    if (t.kind === 'resources') return [...(g?.resources.get(t.rplural)?.keys() ?? [])];
    return [...(g?.resources.get(t.rplural)?.get(t.rid)?.versions.keys() ?? [])];
  }

  private exists(xid: string): boolean {
    const [, plural, gid, rplural, rid, , vid] = xid.split('/');
    const g = this.registry.groups.get(plural!)?.get(gid!);
    if (rplural === undefined) return g !== undefined;
    const r = g?.resources.get(rplural)?.get(rid!);
    return vid === undefined ? r !== undefined : r?.versions.has(vid) === true;
  }

  private deleteEntity(xid: string): void {
    const [, plural, gid, rplural, rid, , vid] = xid.split('/');
    if (rplural === undefined) {
      this.groups(plural!).delete(gid!);
      return;
    }
    const coll = this.resources(plural!, gid!, rplural);
    if (vid === undefined) {
      coll.delete(rid!);
      return;
    }
    const r = coll.get(rid!)!;
    const copy: ResourceNode = { ...r, meta: { ...r.meta }, versions: new Map(r.versions) };
    // Deleting the last Version deletes the Resource: a Resource always has one.
    if (removeVersion(copy, vid)) coll.set(rid!, copy);
    else coll.delete(rid!);
  }
}

function asObject(v: unknown, xid: string): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new WriteError('bad_request', xid, { error_detail: 'each entry must be a JSON object' });
  return v as Record<string, unknown>;
}
