import { resolve } from 'node:path';
import { exportDocument, type RegistryNode } from '@xrgit/core';
import { findRepoRoot } from '@xrgit/git';
import { applyPlan, planAgainstServer, planJson, renderPlanText, stepJson, type ApplyResult, type HttpClient, type PushPlan, type PushSource } from '@xrgit/sync';
import { openRegistry } from '../registry/open-registry.js';
import { viewStateOf } from '../registry/view-state.js';
import { renderText } from '../report/render-text.js';
import { clientFor, withSyncErrors, type ServerOptions } from './sync.js';

/** Options of `xrgit sync push`. */
export interface PushOptions extends ServerOptions {
  /** Default: HEAD inside a git repository, else the directory as it is. */
  ref?: string;
  apply: boolean;
  prune: boolean;
}

/** The registry's own document bytes by Version xid, so the server gets them byte for byte. */
function documentsOf(registry: RegistryNode): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const [plural, groups] of registry.groups)
    for (const g of groups.values())
      for (const [rplural, resources] of g.resources)
        for (const r of resources.values())
          for (const v of r.versions.values()) if (v.document) out.set(`/${plural}/${g.id}/${rplural}/${r.id}/versions/${v.id}`, v.document);
  return out;
}

/**
 * `xrgit sync push`: plans (and with --apply sends, then re-plans to verify) the requests that
 * make the server match the registry at `--ref`. Exit 0 when planned, or applied and verified;
 * 1 when the registry has errors, the server refused a step, or it still differs after applying.
 */
export async function runPush(dir: string | undefined, opts: PushOptions): Promise<string> {
  const ref = opts.ref ?? (findRepoRoot(resolve(dir ?? '.')) !== undefined ? 'HEAD' : undefined);
  const opened = await openRegistry(dir, ref);
  if (opened.diagnostics.hasErrors()) {
    process.exitCode = 1;
    return `${renderText(opened.diagnostics.items)}Nothing was pushed: the registry has errors.\n`;
  }
  const state = viewStateOf(opened.loaded, opened.formats);
  const documents = documentsOf(opened.loaded.registry);
  const source: PushSource = { document: exportDocument(state), model: opened.loaded.model, documents: (xid) => documents.get(xid) };
  const client = clientFor(opts);
  const commit = opened.loaded.commit?.slice(0, 12) ?? 'the working tree';
  return withSyncErrors(client, async () => {
    const { pulled, plan } = await planAgainstServer(client, source, { prune: opts.prune, applying: opts.apply });
    const head = { server: client.display, registry: opened.location.display, commit, strategy: pulled.strategy };
    if (!opts.apply || plan.steps.length === 0) return report(opts, head, plan, undefined, undefined);
    const result = await applyPlan(client, plan);
    const after = result.failed ? undefined : (await planAgainstServer(client, source, { prune: opts.prune, applying: false })).plan;
    process.exitCode = result.failed || (after && after.steps.length > 0) ? 1 : 0;
    return report(opts, head, plan, { result, client }, after);
  });
}

interface Head { server: string; registry: string; commit: string; strategy: string }

function report(opts: PushOptions, head: Head, plan: PushPlan, apply: { result: ApplyResult; client: HttpClient } | undefined, after: PushPlan | undefined): string {
  const error = apply?.result.failed ? apply.client.mask(apply.result.failed.error.message) : undefined;
  if (opts.format === 'json') {
    const applied = apply ? { steps: apply.result.applied.length, failed: apply.result.failed ? { step: stepJson(apply.result.failed.step), error } : null, remaining: after ? after.steps.length : null } : null;
    return `${JSON.stringify({ ...head, plan: planJson(plan), applied }, null, 2)}\n`;
  }
  let out = `Push ${head.registry} at ${head.commit} to ${head.server} (server read by ${head.strategy}).\n${renderPlanText(plan)}`;
  if (!apply) return plan.steps.length > 0 ? `${out}Nothing was sent; run again with --apply to send these requests.\n` : out;
  out += `Applied ${apply.result.applied.length} of ${plan.steps.length} steps.\n`;
  if (apply.result.failed) return `${out}Stopped at ${apply.result.failed.step.method} ${apply.result.failed.step.path}: ${error}\nRun the command again to resume; applied steps are not repeated.\n`;
  return after && after.steps.length > 0 ? `${out}The server still differs after applying:\n${renderPlanText(after)}` : `${out}Verified: the server now matches the registry.\n`;
}
