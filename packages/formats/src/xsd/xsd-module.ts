import type { CompatFinding, FormatModule, Verdict } from '../format-module.js';
import { jsonEqual } from '../json-equal.js';
import { readXsd } from './read-xsd.js';

/**
 * XML Schema 1.0 and 1.1: well-formedness and the root `xs:schema` in the XSD namespace.
 * Compatibility is unknown except for what can be seen without a schema processor: a removed
 * top-level element declaration (old documents with that root no longer validate: backward) and
 * an added one (old readers reject such documents: forward). Identical documents are compatible.
 */
export const xsdModule: FormatModule = {
  id: 'xsd',
  patterns: ['xsd/1.0', 'xsd/1.1'],
  matches: (format) => /^xsd\/1\.[01]$/i.test(format.trim()),
  validate(doc) {
    const read = readXsd(doc);
    return read.ok ? [] : read.findings;
  },
  compare(oldDoc, newDoc, direction): Verdict {
    const o = readXsd(oldDoc);
    const n = readXsd(newDoc);
    if (!o.ok || !n.ok) return { verdict: 'unknown', reason: `the ${o.ok ? 'new' : 'old'} version is not a well-formed XML Schema` };
    const [from, to] = direction === 'backward' ? [o.xsd, n.xsd] : [n.xsd, o.xsd];
    const code = direction === 'backward' ? 'xsd/element-removed' : 'xsd/element-added';
    const findings: CompatFinding[] = from.topLevelElements
      .filter((e) => !to.topLevelElements.includes(e))
      .map((element) => ({ code, pointer: `/schema/element[@name='${element}']`, args: { element }, counterexample: { description: `a document whose root element is <${element}>` } }));
    if (findings.length > 0) return { verdict: 'incompatible', findings };
    if (jsonEqual(o.xsd.tree, n.xsd.tree)) return { verdict: 'compatible' };
    return { verdict: 'unknown', reason: 'XML Schema content models are not compared (only top-level element declarations are)' };
  },
};
