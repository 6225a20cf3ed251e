import type { AttributeChange } from '@xrgit/core';
import type { PlanStep, PushPlan } from './push-plan.js';

const SIGN = { create: '+', update: '~', delete: '-' } as const;
const MAX_VALUE = 80;

function show(v: unknown): string {
  if (v === undefined) return '(unset)';
  const s = JSON.stringify(v);
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}

function changeLine(c: AttributeChange): string {
  return `      ${c.name}: ${show(c.before)} -> ${show(c.after)}\n`;
}

/** Counts of a plan by action. */
export function planCounts(plan: PushPlan): { create: number; update: number; delete: number; skipped: number } {
  const n = (a: PlanStep['action']): number => plan.steps.filter((s) => s.action === a).length;
  return { create: n('create'), update: n('update'), delete: n('delete'), skipped: plan.skipped.length };
}

/**
 * The plan as text, one block per step: sign, action, level, xid; the request; for updates
 * each changed attribute as `name: before -> after` (JSON, cut at 80 characters) and whether the
 * document changed. Skipped deletes are listed after, with how to include them.
 */
export function renderPlanText(plan: PushPlan): string {
  const c = planCounts(plan);
  let out = plan.steps.length === 0 ? 'No changes: the server matches the registry.\n' : `Plan: ${c.create} to create, ${c.update} to update, ${c.delete} to delete.\n`;
  for (const s of plan.steps) {
    out += `  ${SIGN[s.action]} ${s.action} ${s.level} ${s.xid}\n      ${s.method} ${s.path}\n`;
    for (const a of s.attributes) out += changeLine(a);
    if (s.documentChanged) out += '      (document changed)\n';
  }
  if (plan.skipped.length > 0) {
    out += `${plan.skipped.length} delete${plan.skipped.length === 1 ? '' : 's'} not planned (the server has entities the registry does not; pass --prune to delete them):\n`;
    for (const s of plan.skipped) out += `  - ${s.level} ${s.xid}\n`;
  }
  return out;
}

/** One step as JSON: everything but the body. */
export function stepJson(s: PlanStep): Record<string, unknown> {
  return { action: s.action, level: s.level, xid: s.xid, method: s.method, path: s.path, attributes: s.attributes, ...(s.documentChanged ? { documentChanged: true } : {}) };
}

/** The plan as a JSON value: counts, steps and skipped deletes. */
export function planJson(plan: PushPlan): Record<string, unknown> {
  return { summary: planCounts(plan), steps: plan.steps.map(stepJson), skipped: plan.skipped.map(stepJson) };
}
