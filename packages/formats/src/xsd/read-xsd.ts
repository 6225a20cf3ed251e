import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { FormatFinding } from '../format-module.js';
import { decodeText } from '../decode-document.js';

/** The XML Schema namespace (XSD 1.0 and 1.1 share it). */
export const XSD_NAMESPACE = 'http://www.w3.org/2001/XMLSchema';

/** What the checks need from a schema document: its top-level element declarations and the parsed tree. */
export interface XsdDocument {
  topLevelElements: string[];
  tree: unknown;
}

function localName(qname: string): { prefix: string; local: string } {
  const i = qname.indexOf(':');
  return i < 0 ? { prefix: '', local: qname } : { prefix: qname.slice(0, i), local: qname.slice(i + 1) };
}

/**
 * Checks that the document is well-formed XML whose root is `schema` in the XSD namespace, and
 * lists its top-level `element` declarations. This is not a compilation of the schema: types,
 * references and particle rules are not checked (that needs a schema processor).
 */
export function readXsd(doc: Uint8Array): { ok: true; xsd: XsdDocument } | { ok: false; findings: FormatFinding[] } {
  const text = decodeText(doc);
  if (!text.ok) return text;
  const valid = XMLValidator.validate(text.value);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    return { ok: false, findings: [{ code: 'xsd/not-well-formed', severity: 'error', args: { detail: msg }, line, column: col }] };
  }
  const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute, ignoreDeclaration: true, ignorePiTags: true }).parse(text.value) as Record<string, unknown>;
  const roots = Object.keys(tree).filter((k) => k !== '#text' && k !== '#comment');
  const rootName = roots[0] ?? '';
  const rootNode = ((tree[rootName] as unknown[] | undefined) ?? [])[0] as Record<string, unknown> | undefined;
  const { prefix, local } = localName(rootName);
  const namespace = rootNode ? (rootNode[prefix ? `@_xmlns:${prefix}` : '@_xmlns'] as string | undefined) : undefined;
  if (roots.length !== 1 || local !== 'schema' || namespace !== XSD_NAMESPACE) {
    return { ok: false, findings: [{ code: 'xsd/not-a-schema', severity: 'error', args: { root: rootName || '(none)', namespace: namespace ?? '(none)' } }] };
  }
  const elementKey = prefix ? `${prefix}:element` : 'element';
  const elements = ((rootNode?.[elementKey] as Array<Record<string, unknown>> | undefined) ?? []).map((e) => e['@_name']).filter((n): n is string => typeof n === 'string');
  return { ok: true, xsd: { topLevelElements: [...new Set(elements)].sort(), tree } };
}
