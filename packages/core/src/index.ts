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
export { locateDiagnostics } from './diagnostics/locate-diagnostics.js';
export { buildModel, type BuiltModel } from './model/build-model.js';
export { resolveIncludes, type IncludeLoader, type IncludedDocument } from './model/resolve-includes.js';
export type { ModelProblem } from './model/model-problems.js';
export { checkId, checkVersionId } from './ids/check-id.js';
export { parseXid, formatXid, xidType, type ParsedXid } from './ids/xid.js';
export { validateAttributes, type AttributeContext } from './attributes/validate-attributes.js';
export { registryFromDocument, groupFromDocument, resourceFromDocument, versionFromDocument, type DocumentContext } from './entities/from-document.js';
export { documentAttributeNames } from './entities/document-attributes.js';
export { computeLineage, type Lineage } from './versions/compute-lineage.js';
export { compareSemver, isSemver } from './versions/compare-semver.js';
export { validateRegistry } from './validate/validate-registry.js';
export { canonicalFormatName } from './domains/check-format-names.js';
export { ApiView } from './views/api-view.js';
export { exportDocument } from './views/doc-view.js';
export { serializeJson } from './views/serialize-json.js';
export { inlineKind, inlineDocument, type InlineKind } from './views/typemap.js';
export { materializeDefaults } from './views/materialize-defaults.js';
export { apiUrls, docUrls, type UrlStyle } from './views/url-style.js';
export { lineageOf, type ViewState, type EntityTimes, type ValidationResult } from './views/view-state.js';
export { compareIds, orderKeys } from './views/order-keys.js';
export { registryIndex } from './validate/registry-index.js';
