import type { PlanStep, StepLevel } from './push-plan.js';

const RANK: Record<StepLevel, number> = { registry: 0, group: 1, resource: 2, version: 3, meta: 4 };

/** The entity a step creates or changes, without `/meta`. */
const entityXid = (s: PlanStep): string => (s.level === 'meta' ? s.xid.slice(0, -'/meta'.length) : s.xid);

/** Every string in a body that looks like an xid (`/a/b…`): the references a step makes. */
function references(step: PlanStep): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key?: string): void => {
    if (typeof v === 'string') {
      if (key === 'ancestorid' && step.level === 'version') out.push(`${step.xid.slice(0, step.xid.lastIndexOf('/'))}/${v}`);
      else if (v.startsWith('/') && v.length > 1) out.push(v.split('#')[0]!);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(step.body);
  if (step.level === 'resource') {
    // versions of a created Resource name their ancestors by id, inside the same body
    const versions = (step.body?.['versions'] ?? {}) as Record<string, unknown>;
    return out.filter((x) => !Object.keys(versions).some((vid) => x === `${step.xid}/versions/${vid}`));
  }
  return out;
}

/** The step among `steps` that creates `xid` or its nearest ancestor entity, if any. */
function creator(byXid: Map<string, PlanStep>, xid: string): PlanStep | undefined {
  for (let x = xid; x.length > 1; x = x.slice(0, Math.max(1, x.lastIndexOf('/')))) {
    const s = byXid.get(x);
    if (s) return s;
  }
  return undefined;
}

/**
 * Orders creates and updates so that everything a step needs exists when it is sent
 * (docs/sync.md, Order): parents before children; an entity referenced by xid (a schema named
 * by a message's `dataschemauri`, a message group named by an endpoint) and a Version's
 * ancestor before the step that names them; meta after the Versions of its Resource (a sticky
 * default may name a new one). Ties go by level, then xid; a reference cycle is broken the same way.
 */
export function orderSteps(steps: PlanStep[]): PlanStep[] {
  const base = [...steps].sort((a, b) => RANK[a.level] - RANK[b.level] || (a.xid < b.xid ? -1 : a.xid > b.xid ? 1 : 0));
  const creates = new Map(base.filter((s) => s.action === 'create').map((s) => [s.xid, s]));
  const needs = new Map<PlanStep, Set<PlanStep>>();
  for (const s of base) {
    const deps = new Set<PlanStep>();
    const parent = creator(creates, entityXid(s).slice(0, entityXid(s).lastIndexOf('/')));
    if (parent && parent !== s) deps.add(parent);
    for (const ref of references(s)) {
      const c = creator(creates, ref);
      if (c && c !== s) deps.add(c);
    }
    if (s.level === 'meta') for (const v of base) if (v.level === 'version' && v.xid.startsWith(`${entityXid(s)}/versions/`)) deps.add(v);
    needs.set(s, deps);
  }
  const done = new Set<PlanStep>();
  const out: PlanStep[] = [];
  while (out.length < base.length) {
    const next = base.find((s) => !done.has(s) && [...needs.get(s)!].every((d) => done.has(d))) ?? base.find((s) => !done.has(s))!;
    done.add(next);
    out.push(next);
  }
  return out;
}

/**
 * Deletes in the reverse of that order, computed over what the server holds (`serverBody` of each
 * deleted entity): what references an entity is deleted before it, children before parents.
 */
export function orderDeletes(steps: PlanStep[], serverBody: (s: PlanStep) => Record<string, unknown> | undefined): PlanStep[] {
  const shadows = new Map<PlanStep, PlanStep>();
  for (const s of steps) {
    const body = serverBody(s);
    shadows.set({ ...s, action: 'create', ...(body ? { body } : {}) }, s);
  }
  return orderSteps([...shadows.keys()]).reverse().map((x) => shadows.get(x)!);
}
