/**
 * @xrgit/core: the xRegistry v1.0-rc4 model engine. Pure: no file system, no git, no network.
 */
export * from './model/model-types.js';
export * from './model/spec-attributes.js';
export * from './diagnostics/diagnostic.js';
export * from './diagnostics/diagnostic-spec.js';
export { catalogue, type DiagnosticCode } from './diagnostics/catalogue.js';
export { Diagnostics } from './diagnostics/diagnostics.js';
export { registerCatalogue, ruleSpec, allRules } from './diagnostics/rule-registry.js';
export { renderMessage } from './diagnostics/render-message.js';
export { sortDiagnostics } from './diagnostics/sort-diagnostics.js';
export { SourceFile, SOURCE_LIMITS, type Position } from './source/source-file.js';
export { parsePointer, formatPointer } from './source/parse-pointer.js';
export * from './entities/registry-node.js';
