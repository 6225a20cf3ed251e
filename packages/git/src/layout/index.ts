/** The registry layout loader (docs/layout.md): files of a registry directory into one registry. */
export { layoutCatalogue, type LayoutCode } from './layout-catalogue.js';
export { layoutContext, type LayoutContext } from './layout-context.js';
export { HISTORY_VERSION_ID, type FileContribution, type DocumentContribution, type LayoutDiagnostics } from './file-contribution.js';
export type { LayoutFileKind } from './classify-path.js';
export type { DocumentFacts } from './infer-format.js';
export { loadLayoutFile } from './load-layout-file.js';
export { mergeContributions, DEFAULT_REGISTRY_ID, type MergedLayout } from './merge-contributions.js';
export { loadLayout, type LoadedLayout, type LoadLayoutOptions } from './load-layout.js';
export { readXrgitConfig, findRegistryDir, DEFAULT_REGISTRY_DIR, type XrgitConfig } from './xrgit-config.js';
export { reservedIdReason } from './check-reserved-ids.js';
