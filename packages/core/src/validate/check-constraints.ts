import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { GroupNode, ResourceNode } from '../entities/registry-node.js';
import type { ConstraintDefinition, GroupModel } from '../model/model-types.js';

function valueAt(obj: Record<string, unknown>, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.')) cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
  return cur;
}

/**
 * Group constraints (core/model.md §constraints): for every Version of every Resource of the
 * named type, `enum` narrows the allowed values and `equals` requires the value of a Group
 * attribute (no check while that Group attribute is unset). Group-instance `constraints` narrow
 * the type's; both apply. A missing Version value is not checked here (`required` covers it).
 */
export function checkConstraints(group: GroupNode, gm: GroupModel, xid: string, diagnostics: Diagnostics): void {
  const sets: Array<Record<string, ConstraintDefinition>> = [];
  if (gm.constraints) sets.push(gm.constraints);
  const own = group.attributes['constraints'];
  if (own !== null && typeof own === 'object' && !Array.isArray(own)) sets.push(own as Record<string, ConstraintDefinition>);
  for (const constraints of sets) {
    for (const [key, c] of Object.entries(constraints)) {
      const dot = key.indexOf('.');
      const resources = group.resources.get(key.slice(0, dot));
      if (dot < 0 || !resources || c === null || typeof c !== 'object') continue;
      for (const resource of resources.values()) checkResource(resource, key, key.slice(dot + 1), c, group, `${xid}/${key.slice(0, dot)}/${resource.id}`, diagnostics);
    }
  }
}

function checkResource(resource: ResourceNode, key: string, path: string, c: ConstraintDefinition, group: GroupNode, xid: string, diagnostics: Diagnostics): void {
  const required = c.equals !== undefined ? valueAt(group.attributes, c.equals) : undefined;
  for (const version of resource.versions.values()) {
    const value = valueAt(version.attributes, path);
    if (value === undefined) continue;
    const at = { xid: `${xid}/versions/${version.id}`, ...(version.source ? { file: version.source.file, pointer: `${version.source.pointer}/${path.split('.').join('/')}` } : {}) };
    if (Array.isArray(c.enum) && c.enum.length > 0 && !c.enum.some((e) => sameValue(e, value))) {
      diagnostics.report('constraint/failure', { name: path, xid: at.xid, value: JSON.stringify(value), constraint: key, detail: `allowed: ${c.enum.map((e) => JSON.stringify(e)).join(', ')}` }, at);
    }
    if (required !== undefined && required !== null && !sameValue(required, value)) {
      diagnostics.report('constraint/failure', { name: path, xid: at.xid, value: JSON.stringify(value), constraint: key, detail: `it must equal the group's "${c.equals}" (${JSON.stringify(required)})` }, at);
    }
  }
}

/** Strings compare case-insensitively: the values constrained in practice (format, envelope, protocol) are case-insensitive names. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  return a === b;
}
