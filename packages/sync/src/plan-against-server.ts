import type { Model } from '@xrgit/core';
import { checkCapabilities, checkServerModel } from './check-server.js';
import { comparableState } from './comparable-state.js';
import type { HttpClient } from './http-client.js';
import { planPush } from './plan-push.js';
import { pullRegistry, type PulledRegistry } from './pull-registry.js';
import type { PushPlan } from './push-plan.js';
import type { DocumentSource } from './step-bodies.js';

/** The registry to push: its `/export`-shaped document and model, and its own document bytes. */
export interface PushSource {
  document: Record<string, unknown>;
  model: Model;
  documents?: DocumentSource;
}

/**
 * Reads the server (pullRegistry), checks that its capabilities and model can take the
 * registry, and plans the push. Reads only: nothing is written.
 * @throws SyncError `model-mismatch`, `unsupported-specversion`, `read-only-server` (when
 *   `applying`), and the read errors of pullRegistry.
 */
export async function planAgainstServer(client: HttpClient, source: PushSource, options: { prune: boolean; applying: boolean }): Promise<{ pulled: PulledRegistry; plan: PushPlan }> {
  const pulled = await pullRegistry(client);
  const local = comparableState(source.document, source.model);
  checkServerModel(local, source.model, pulled.model);
  const server = comparableState(pulled.document, pulled.model);
  const plan = planPush({
    server,
    local,
    model: source.model,
    ...(source.documents ? { documents: source.documents } : {}),
    prune: options.prune,
    ignoreEpoch: pulled.capabilities.ignores.includes('epoch'),
  });
  checkCapabilities(pulled.capabilities, plan, options.applying);
  return { pulled, plan };
}
