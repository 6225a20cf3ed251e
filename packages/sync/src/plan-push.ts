import { diffRegistries, type EntityChange, type GroupNode, type Model, type RegistryNode, type ResourceModel, type ResourceNode } from '@xrgit/core';
import { orderDeletes, orderSteps } from './order-steps.js';
import type { PlanStep, PushPlan, StepLevel } from './push-plan.js';
import { metaBody, resourceBody, versionBody, type DocumentSource } from './step-bodies.js';

/** Inputs of {@link planPush}. */
export interface PlanOptions {
  /** The server's state and the registry's, both made comparable (see comparableState). */
  server: RegistryNode;
  local: RegistryNode;
  /** The model both are read with (the server's types were checked to match). */
  model: Model;
  /** The registry's own document bytes by Version xid, sent instead of re-encoded ones. */
  documents?: DocumentSource;
  /** Send deletes for what the server has and the registry does not. */
  prune: boolean;
  /** Add `?ignore=epoch` to writes (when the server lists it in `capabilities.ignores`). */
  ignoreEpoch: boolean;
}

/** One parsed xid: the types and ids along it. */
interface XidParts { plural: string; gid: string; rplural?: string; rid?: string; vid?: string }

function parts(xid: string): XidParts {
  const [, plural, gid, rplural, rid, , vid] = xid.split('/');
  return { plural: plural!, gid: gid!, ...(rplural ? { rplural } : {}), ...(rid ? { rid } : {}), ...(vid ? { vid } : {}) };
}

/**
 * The requests that make the server hold what the registry holds (docs/sync.md, The plan): the
 * entity-level difference of the two states (core's diffRegistries), turned into PUTs that
 * create or fully replace an entity (a new Resource with all its Versions in one request) and
 * DELETEs, ordered so that references stay valid; deletes only with `prune`, last, in reverse.
 * Entities under a created or deleted parent need no steps of their own. Pure.
 */
export function planPush(o: PlanOptions): PushPlan {
  const documents = o.documents ?? (() => undefined);
  const changes = diffRegistries(o.server, o.local).changes;
  const covered = (xid: string): boolean => changes.some((c) => c.kind !== 'changed' && c.level !== 'version' && xid.startsWith(`${c.xid}/`) && (c.kind === 'removed' || c.level === 'resource'));
  const writes: PlanStep[] = [];
  const deletes: PlanStep[] = [];
  const q = o.ignoreEpoch ? '?ignore=epoch' : '';
  for (const c of changes) {
    if (covered(c.xid)) continue;
    if (c.kind === 'removed') {
      deletes.push(step(c, c.level, 'DELETE', c.xid, undefined));
      continue;
    }
    const s = writeStep(c, o, documents, q);
    if (s) writes.push(s);
  }
  const ordered = orderSteps(writes);
  const orderedDeletes = orderDeletes(deletes, (s) => serverBody(s, o));
  return o.prune ? { steps: [...ordered, ...orderedDeletes], skipped: [] } : { steps: ordered, skipped: orderedDeletes };
}

function step(c: EntityChange, level: StepLevel, method: 'PUT' | 'DELETE', path: string, body: Record<string, unknown> | undefined): PlanStep {
  const action = c.kind === 'added' ? 'create' : c.kind === 'removed' ? 'delete' : 'update';
  return { action, level, xid: level === 'meta' ? `${c.xid}/meta` : c.xid, method, path, attributes: c.attributes, ...(c.documentChanged ? { documentChanged: true } : {}), ...(body ? { body } : {}) };
}

function writeStep(c: EntityChange, o: PlanOptions, documents: DocumentSource, q: string): PlanStep | undefined {
  if (c.level === 'registry') return step(c, 'registry', 'PUT', `/${q}`, { ...o.local.attributes });
  const p = parts(c.xid);
  const group = o.local.groups.get(p.plural)?.get(p.gid);
  if (!group) return undefined;
  if (c.level === 'group') return step(c, 'group', 'PUT', `${c.xid}${q}`, { ...group.attributes });
  const rm = o.model.groups[p.plural]!.resources[p.rplural!]!;
  const resource = group.resources.get(p.rplural!)?.get(p.rid!);
  if (!resource) return undefined;
  const rxid = `/${p.plural}/${p.gid}/${p.rplural}/${p.rid}`;
  const details = rm.hasdocument ? '$details' : '';
  if (c.level === 'resource' && c.kind === 'added') return step(c, 'resource', 'PUT', `${rxid}${details}${q}`, resourceBody(rm, rxid, resource, documents));
  if (c.level === 'resource') return step(c, 'meta', 'PUT', `${rxid}/meta${q}`, metaBody(resource.meta));
  const v = resource.versions.get(p.vid!);
  return v ? step(c, 'version', 'PUT', `${c.xid}${details}${q}`, versionBody(rm, c.xid, v, documents)) : undefined;
}

/** What the server holds for a deleted entity, to order deletes by the references it makes. */
function serverBody(s: PlanStep, o: PlanOptions): Record<string, unknown> | undefined {
  const p = parts(s.xid);
  const group: GroupNode | undefined = o.server.groups.get(p.plural)?.get(p.gid);
  if (!group) return undefined;
  if (s.level === 'group') {
    // a deleted Group takes its Resources along: their references are the Group's
    const body: Record<string, unknown> = { ...group.attributes };
    for (const [rplural, resources] of group.resources) {
      const rm = o.model.groups[p.plural]?.resources[rplural];
      if (rm) body[rplural] = Object.fromEntries([...resources].map(([rid, r]) => [rid, resourceBody(rm, `${s.xid}/${rplural}/${rid}`, r, () => undefined)]));
    }
    return body;
  }
  const rm: ResourceModel | undefined = o.model.groups[p.plural]?.resources[p.rplural!];
  const r: ResourceNode | undefined = group.resources.get(p.rplural!)?.get(p.rid!);
  if (!rm || !r) return undefined;
  if (s.level === 'resource') return resourceBody(rm, s.xid, r, () => undefined);
  const v = r.versions.get(p.vid!);
  return v ? { ...v.attributes } : undefined;
}
