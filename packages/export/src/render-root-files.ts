import { exportDocument, type ViewState } from '@xrgit/core';
import type { SiteBuilder } from './site-builder.js';
import { capabilitiesOffered, type StaticCapabilities } from './static-capabilities.js';

/**
 * The root extras of the reference layout (`model`, `modelsource`, `capabilities`,
 * `capabilitiesoffered`, `export`) and the discovery file `.xregistry` (core/spec.md §xRegistry
 * Discovery: `{"registries":[<absolute URL>]}`). `capabilitiesoffered` is derived from the
 * published capabilities: on a static host each capability offers exactly its current value.
 */
export function renderRootFiles(site: SiteBuilder, state: ViewState): void {
  site.json('model', 'model', state.model);
  site.json('modelsource', 'modelsource', state.modelsource);
  site.json('capabilities', 'capabilities', state.capabilities);
  site.json('capabilitiesoffered', 'capabilitiesoffered', capabilitiesOffered(state.capabilities as Partial<StaticCapabilities>));
  site.json('export', 'export', exportDocument(state));
  site.json('.xregistry', '.xregistry', { registries: [site.base.root] });
}
