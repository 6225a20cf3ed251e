/**
 * @xrgit/formats: validation and compatibility checks for xRegistry schema documents, one module
 * per format behind one interface. Pure: no file system, no network (other documents come in
 * through `FormatContext.resolve`). Importing this package registers its diagnostics catalogue.
 */
export type { FormatModule, FormatId, FormatFinding, CompatFinding, Verdict, Direction, FormatContext } from './format-module.js';
export { formatsCatalogue, type FormatsCode } from './formats-catalogue.js';
export { formatFor, supportedFormats, formatModules } from './format-for.js';
export { checkCompatibility, combineVerdicts, MODES, type CompatibilityMode, type SchemaVersion, type PairVerdict } from './check-compatibility.js';
export { jsonSchemaModule } from './jsonschema/jsonschema-module.js';
export { avroModule } from './avro/avro-module.js';
export { protobufModule } from './protobuf/protobuf-module.js';
export { xsdModule } from './xsd/xsd-module.js';
export { jsonStructureModule } from './jsonstructure/jsonstructure-module.js';
export { validateRegistryFormats, type FormatValidation } from './registry/validate-registry-formats.js';
export { registrySchemaResolver } from './registry/schema-resolver.js';
