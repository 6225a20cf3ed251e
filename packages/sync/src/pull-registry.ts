import { buildRegistryModel, type Model } from '@xrgit/core';
import type { HttpClient } from './http-client.js';
import { isDocumentView } from './is-document-view.js';
import { readCapabilities, type ServerCapabilities } from './server-capabilities.js';
import { walkRegistry } from './walk-registry.js';

/** How a registry was read: `/export`, `/?doc&inline=*,capabilities,modelsource`, or a walk of every URL. */
export type PullStrategy = 'export' | 'doc-inline' | 'walk';

/** A registry read from a server. */
export interface PulledRegistry {
  /** The whole registry in the shape of `/export` (doc view, everything inlined, `modelsource` set). */
  document: Record<string, unknown>;
  /** The server's model (`GET /model`, which every server serves), built. */
  model: Model;
  capabilities: ServerCapabilities;
  strategy: PullStrategy;
  /** Strategies tried first and why they were dropped, e.g. `doc-inline: the server ignored ?doc`. */
  fallbacks: string[];
}

export const DOC_INLINE_PATH = '/?doc&inline=*,capabilities,modelsource';

/**
 * Reads the whole registry of a server with the best strategy its capabilities allow
 * (spec-core-digest §6.4): `/export` when `available` lists it; else the root with `?doc` and
 * `?inline` when `flags` lists both; else a walk of every URL. A body that is not the document
 * view asked for (a static host ignores query strings; an `/export` that is not one) is
 * detected and the next strategy is tried. The document's `modelsource` is the server's
 * `/modelsource` when it has one, else its `/model`.
 * @throws SyncError `http-status`, `bad-response`, `server-unreachable`
 */
export async function pullRegistry(client: HttpClient): Promise<PulledRegistry> {
  const capabilities = await readCapabilities(client);
  const { body: modelBody } = await client.getJson('/model');
  const model = buildRegistryModel(modelBody).model;
  const plurals = Object.keys(model.groups);
  const fallbacks: string[] = [];
  const attempts: Array<[PullStrategy, string, boolean]> = [
    ['export', '/export', capabilities.has('export')],
    ['doc-inline', DOC_INLINE_PATH, capabilities.flags.includes('doc') && capabilities.flags.includes('inline')],
  ];
  for (const [strategy, path, offered] of attempts) {
    if (!offered) continue;
    const res = await client.send({ method: 'GET', path });
    const body = res.status === 200 ? parse(res.bytes) : undefined;
    if (body && isDocumentView(body, plurals)) {
      const document = { ...body, capabilities: body['capabilities'] ?? capabilities.raw, modelsource: nonEmpty(body['modelsource']) ?? modelBody };
      return { document, model, capabilities, strategy, fallbacks };
    }
    fallbacks.push(`${strategy}: ${res.status !== 200 ? `GET ${path} returned ${res.status}` : `GET ${path} did not return the document view`}`);
  }
  const document = await walkRegistry(client, capabilities.raw, modelBody, model);
  return { document, model, capabilities, strategy: 'walk', fallbacks };
}

function parse(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function nonEmpty(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0 ? (v as Record<string, unknown>) : undefined;
}
