import type { FormatModule } from './format-module.js';
import { avroModule } from './avro/avro-module.js';
import { jsonSchemaModule } from './jsonschema/jsonschema-module.js';
import { protobufModule } from './protobuf/protobuf-module.js';
import { jsonStructureModule } from './jsonstructure/jsonstructure-module.js';
import { xsdModule } from './xsd/xsd-module.js';

const modules: FormatModule[] = [jsonSchemaModule, avroModule, protobufModule, xsdModule, jsonStructureModule];

/** The module that handles an xRegistry `format` value (case-insensitive), or undefined when none does. */
export function formatFor(format: string): FormatModule | undefined {
  return modules.find((m) => m.matches(format));
}

/** Lowercase format patterns this package validates, for `capabilities.formats`, sorted. */
export function supportedFormats(): string[] {
  return modules.flatMap((m) => m.patterns).sort();
}

/** Every format module, in a fixed order. */
export function formatModules(): readonly FormatModule[] {
  return modules;
}
