import type { VersionNode } from '../entities/registry-node.js';
import { avroNamedTypes, jsonPointerExists, jsonSchemaDefinitionPointers, protobufMessageNames } from './schema-object-names.js';

/** The schema format family of a format name (`Avro/1.11.0` → avro), case-insensitive. */
export function formatFamily(format: string | undefined): string | undefined {
  if (format === undefined) return undefined;
  const name = format.split('/')[0]!.toLowerCase();
  return name === 'xmlschema' ? 'xsd' : name;
}

/** The result of looking a fragment up in a schema document; undefined when not decidable. */
export interface FragmentLookup {
  found: boolean;
  /** Names (or pointers) the document offers, for the message. */
  names: string[];
}

function documentText(version: VersionNode): string | undefined {
  if (!version.document) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(version.document);
  } catch {
    return undefined;
  }
}

function documentJson(version: VersionNode): unknown {
  const text = documentText(version);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Message names of a Protobuf schema Version held in the registry (empty when there is no document). */
export function protobufNamesOf(version: VersionNode): string[] {
  const text = documentText(version);
  return text === undefined ? [] : protobufMessageNames(text);
}

/**
 * Looks `fragment` up inside the schema document of `version` (schema/spec.md §4.3): an Avro
 * named type, a Protobuf message, a JSON Pointer into a JSON Schema or JSON Structure. Undefined
 * when it cannot be decided: no document in the registry (`schemaurl`), a document that does not
 * parse, XSD (XPath is not checked), or an unknown format.
 */
export function lookUpFragment(version: VersionNode, family: string | undefined, fragment: string): FragmentLookup | undefined {
  if (family === 'protobuf') {
    const names = protobufNamesOf(version);
    return names.length === 0 ? undefined : { found: names.includes(fragment), names };
  }
  if (family === 'avro') {
    const doc = documentJson(version);
    if (doc === undefined) return undefined;
    const names = avroNamedTypes(doc);
    return { found: names.includes(fragment), names };
  }
  if ((family === 'jsonschema' || family === 'jsonstructure') && fragment.startsWith('/')) {
    const doc = documentJson(version);
    if (doc === undefined) return undefined;
    return { found: jsonPointerExists(doc, fragment), names: jsonSchemaDefinitionPointers(doc) };
  }
  return undefined;
}
