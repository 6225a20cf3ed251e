import { readXmlRoot } from './xml-root.js';

/**
 * What a document file says about its format (docs/layout.md §8.2): the format it declares
 * (rule 2), why a declaration could not be used, and the extension's default (rule 5).
 */
export interface DocumentFacts {
  /** Lower-case extension of the document file. */
  ext: string;
  declared?: string;
  /** The declared format is not one the schema spec defines (warning). */
  undefinedFormat?: boolean;
  /** The document declares something that names no format xrgit knows. */
  unrecognized?: string;
  /** The extension's default format (rule 5). */
  fallback?: string;
  /** The document could not be read (not well formed); nothing is inferred or reported about it. */
  unreadable?: boolean;
}

const XSD_NS = 'http://www.w3.org/2001/XMLSchema';
const VC_NS = 'http://www.w3.org/2007/XMLSchema-versioning';

const JSON_SCHEMA_DRAFTS: Array<[RegExp, string, boolean]> = [
  [/^https?:\/\/json-schema\.org\/draft-07\/schema#?$/, 'JsonSchema/draft-07', true],
  [/^https?:\/\/json-schema\.org\/draft\/2019-09\/schema#?$/, 'JsonSchema/draft/2019-09', true],
  [/^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/, 'JsonSchema/draft/2020-12', true],
  [/^https?:\/\/json-schema\.org\/draft-04\/schema#?$/, 'JsonSchema/draft-04', false],
  [/^https?:\/\/json-schema\.org\/draft-06\/schema#?$/, 'JsonSchema/draft-06', false],
];

/** Facts of a JSON or YAML document (`.json`, `.yaml`, `.yml`, `.avsc`) from its parsed value. */
export function jsonDocumentFacts(ext: string, value: unknown): DocumentFacts {
  if (ext === 'avsc') return { ext, fallback: 'Avro/1.11' };
  const facts: DocumentFacts = { ext, fallback: 'JsonSchema/draft-07' };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return facts;
  const obj = value as Record<string, unknown>;
  const schema = obj['$schema'];
  if (typeof schema === 'string') {
    for (const [re, format, defined] of JSON_SCHEMA_DRAFTS) if (re.test(schema)) return { ...facts, declared: format, ...(defined ? {} : { undefinedFormat: true }) };
    if (schema.startsWith('https://json-structure.org/')) return { ...facts, declared: 'JsonStructure/draft-04' };
    return { ...facts, unrecognized: `its "$schema" is "${schema}", which is no JSON Schema draft or JSON Structure meta-schema xrgit knows` };
  }
  for (const key of ['asyncapi', 'openapi'] as const) {
    const v = obj[key];
    if (typeof v === 'string' || typeof v === 'number') return { ...facts, declared: `${key === 'asyncapi' ? 'AsyncAPI' : 'OpenAPI'}/${v}`, undefinedFormat: true };
  }
  return facts;
}

/** Facts of a Protobuf source file. */
export function protoFacts(text: string): DocumentFacts {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  const edition = /\bedition\s*=\s*["']([^"']*)["']\s*;/.exec(code);
  if (edition) return { ext: 'proto', unrecognized: `it uses Protobuf editions (edition = "${edition[1]}"), for which the schema spec defines no format name` };
  const syntax = /\bsyntax\s*=\s*["'](proto[23])["']\s*;/.exec(code);
  return { ext: 'proto', declared: syntax?.[1] === 'proto3' ? 'Protobuf/3' : 'Protobuf/2' };
}

/** Facts of an XML document, or the reason it is not well formed. */
export function xmlFacts(ext: string, text: string): DocumentFacts | string {
  const root = readXmlRoot(text);
  if (typeof root === 'string') return root;
  const local = root.name.includes(':') ? root.name.slice(root.name.indexOf(':') + 1) : root.name;
  if (local === 'schema' && root.namespace === XSD_NS) {
    const vcPrefix = Object.entries(root.attributes).find(([k, v]) => k.startsWith('xmlns:') && v === VC_NS)?.[0].slice(6);
    const min = vcPrefix ? root.attributes[`${vcPrefix}:minVersion`] : undefined;
    return { ext, declared: min === '1.1' ? 'XSD/1.1' : 'XSD/1.0' };
  }
  if (ext === 'xsd') return { ext, fallback: 'XSD/1.0' };
  return { ext, unrecognized: `its root element <${root.name}> is not an XML Schema (xs:schema)` };
}

/** The content type of a document file of extension `ext` whose format is `format` (docs/layout.md §8.3). */
export function inferContentType(ext: string, format: string | undefined): string {
  switch (ext) {
    case 'json':
      return format !== undefined && /^jsonschema\//i.test(format) ? 'application/schema+json' : 'application/json';
    case 'avsc':
      return 'application/json';
    case 'yaml':
    case 'yml':
      return 'application/yaml';
    case 'xsd':
    case 'xml':
      return 'application/xml';
    default:
      return 'text/plain';
  }
}
