import type { AttributeChange } from '@xrgit/core';

/** What a step does to the server. */
export type StepAction = 'create' | 'update' | 'delete';

/** Which entity a step writes: `meta` steps update a Resource's meta only. */
export type StepLevel = 'registry' | 'group' | 'resource' | 'meta' | 'version';

/** One request of a push. */
export interface PlanStep {
  action: StepAction;
  level: StepLevel;
  /** The entity's xid (`/schemagroups/g1/schemas/s1/meta` for meta steps). */
  xid: string;
  method: 'PUT' | 'DELETE';
  /** The request path below the server root, query included (`/schemagroups/g1/schemas/s1$details?ignore=epoch`). */
  path: string;
  /** Updates: each attribute that differs, from the server's value to the registry's. */
  attributes: AttributeChange[];
  /** Version updates: the document bytes differ. */
  documentChanged?: boolean;
  /** The JSON body of a PUT (never printed: it may be large). */
  body?: Record<string, unknown>;
}

/** The requests that make a server match a registry, in the order they must be sent. */
export interface PushPlan {
  steps: PlanStep[];
  /** Deletes a push would need but does not send, because `prune` was off. */
  skipped: PlanStep[];
}
