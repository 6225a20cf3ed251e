/**
 * @xrgit/sync: a registry kept in git and a live xRegistry server. `pullRegistry` reads a server
 * with the best strategy its capabilities allow; `planAgainstServer` plans the requests that make
 * it match a registry and `applyPlan` sends them, retrying transient failures.
 */
export { SyncError, isSyncError, type SyncErrorCode, type SyncErrorData } from './sync-error.js';
export { HttpClient, type ClientOptions, type ClientStats, type HttpRequest, type HttpResponse } from './http-client.js';
export { DEFAULT_RETRY, isTransientStatus, retryDelay, type RetryPolicy } from './retry-policy.js';
export { maskSecrets } from './secret-mask.js';
export { nextLink } from './link-header.js';
export { parseCapabilities, readCapabilities, type ServerCapabilities } from './server-capabilities.js';
export { isDocumentView } from './is-document-view.js';
export { pullRegistry, DOC_INLINE_PATH, type PulledRegistry, type PullStrategy } from './pull-registry.js';
export { comparableState } from './comparable-state.js';
export type { PlanStep, PushPlan, StepAction, StepLevel } from './push-plan.js';
export { planPush, type PlanOptions } from './plan-push.js';
export { orderSteps, orderDeletes } from './order-steps.js';
export { checkCapabilities, checkServerModel } from './check-server.js';
export { planAgainstServer, type PushSource } from './plan-against-server.js';
export { applyPlan, type ApplyResult } from './apply-plan.js';
export { renderPlanText, planJson, planCounts, stepJson } from './render-plan.js';
export type { DocumentSource } from './step-bodies.js';
export { importableDocument } from './importable-document.js';
