import type { RegistryNode, ResourceNode } from '../entities/registry-node.js';
import type { Model, ResourceModel } from '../model/model-types.js';
import { computeLineage, type Lineage } from '../versions/compute-lineage.js';

/** The registry-computed timestamps and epoch of one entity. */
export interface EntityTimes {
  epoch: number;
  createdat: string;
  modifiedat: string;
}

/** Results of format and compatibility validation for one Version (core/spec.md §formatvalidated). */
export interface ValidationResult {
  formatvalidated?: boolean;
  formatvalidatedreason?: string;
  compatibilityvalidated?: boolean;
  compatibilityvalidatedreason?: string;
}

/** Everything a view needs besides the URL style. */
export interface ViewState {
  registry: RegistryNode;
  model: Model;
  /**
   * Times of an entity by xid ('/', groups, resources — whose epoch and times are meta's — and
   * versions). Authored `createdat`/`modifiedat` win over these (core/spec.md §createdat).
   */
  times: (xid: string) => EntityTimes;
  /** The published capabilities (`/capabilities`). */
  capabilities: Record<string, unknown>;
  /** The modelsource as published (`/modelsource`); `{}` when none was set. */
  modelsource: Record<string, unknown>;
  /** Validation results of a Version by xid; undefined when validation is off for its type. */
  validation?: (xid: string, version: Record<string, unknown>, rm: ResourceModel) => ValidationResult | undefined;
}

const lineageCache = new WeakMap<ResourceNode, Lineage>();

/** The lineage of a Resource, computed once per node. */
export function lineageOf(resource: ResourceNode, rm: ResourceModel): Lineage {
  let l = lineageCache.get(resource);
  if (!l) {
    l = computeLineage(resource, rm);
    lineageCache.set(resource, l);
  }
  return l;
}
