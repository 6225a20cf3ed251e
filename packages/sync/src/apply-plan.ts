import type { HttpClient } from './http-client.js';
import type { PlanStep, PushPlan } from './push-plan.js';

/** How far an apply got. */
export interface ApplyResult {
  /** Steps the server accepted, in order. */
  applied: PlanStep[];
  /** The step the server refused, and its error; undefined when every step was applied. */
  failed?: { step: PlanStep; error: Error };
}

/**
 * Sends the steps of `plan` in order and stops at the first one the server refuses. Transient
 * failures are retried by the client; a DELETE answered 404 counts as done (a retry after a lost
 * answer, or someone else deleted it). Running the same plan again is safe: every step is a
 * PUT or DELETE of a whole entity.
 */
export async function applyPlan(client: HttpClient, plan: PushPlan, onStep?: (s: PlanStep) => void): Promise<ApplyResult> {
  const applied: PlanStep[] = [];
  for (const step of plan.steps) {
    try {
      const res = await client.send({ method: step.method, path: step.path, ...(step.body ? { body: step.body } : {}) });
      const ok = (res.status >= 200 && res.status < 300) || (step.method === 'DELETE' && res.status === 404);
      if (!ok) return { applied, failed: { step, error: client.statusError(step.method, res) } };
    } catch (e) {
      return { applied, failed: { step, error: e as Error } };
    }
    applied.push(step);
    onStep?.(step);
  }
  return { applied };
}
