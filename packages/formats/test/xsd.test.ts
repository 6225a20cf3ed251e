import { describe, expect, it } from 'vitest';
import { formatFor, xsdModule, type Verdict } from '../src/index.js';
import { bytes, fixture } from './load-fixture.js';

type Expected = 'compatible' | 'unknown' | string;

/** XSD cases: only top-level element declarations are compared; everything else is unknown. */
const cases: Array<[string, Expected, Expected, string]> = [
  ['element-removed', 'xsd/element-removed', 'unknown', 'documents rooted at a removed element no longer validate'],
  ['element-added', 'unknown', 'xsd/element-added', 'old readers reject documents rooted at a new element'],
  ['content-model-changed', 'unknown', 'unknown', 'content models are not compared, so the verdict is unknown, never compatible'],
  ['unchanged', 'compatible', 'compatible', 'an unchanged schema is compatible'],
];

function outcome(v: Verdict): Expected {
  return v.verdict === 'incompatible' ? v.findings.map((f) => f.code).join(',') : v.verdict;
}

describe('XSD compatibility', () => {
  it.each(cases)('%s: backward %s, forward %s, because %s', (name, backward, forward) => {
    const oldDoc = fixture('xsd', `${name}/old.xsd`);
    const newDoc = fixture('xsd', `${name}/new.xsd`);
    expect(xsdModule.validate(oldDoc, 'XSD/1.0')).toEqual([]);
    expect(outcome(xsdModule.compare(oldDoc, newDoc, 'backward', 'XSD/1.0'))).toBe(backward);
    expect(outcome(xsdModule.compare(oldDoc, newDoc, 'forward', 'XSD/1.0'))).toBe(forward);
  });
});

describe('XSD validation', () => {
  it.each<[string, string, string[]]>([
    ['a schema with the xs prefix is valid', '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>', []],
    ['a schema in the default namespace is valid', '<schema xmlns="http://www.w3.org/2001/XMLSchema"><element name="a"/></schema>', []],
    ['broken markup is not well-formed', '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element></xs:schema>', ['xsd/not-well-formed']],
    ['a root outside the XSD namespace is not a schema', '<xs:schema xmlns:xs="urn:other"/>', ['xsd/not-a-schema']],
    ['another root element is not a schema', '<order/>', ['xsd/not-a-schema']],
  ])('%s', (_name, source, expected) => {
    expect(xsdModule.validate(bytes(source), 'XSD/1.1').map((f) => f.code)).toEqual(expected);
  });

  it('a well-formedness error carries line and column', () => {
    const [f] = xsdModule.validate(bytes('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n  <xs:element>\n</xs:schema>'), 'XSD/1.0');
    expect(f).toMatchObject({ code: 'xsd/not-well-formed', line: 3 });
  });

  it.each(['XSD/1.0', 'xsd/1.1'])('format %s is handled by the XSD module', (format) => {
    expect(formatFor(format)?.id).toBe('xsd');
  });
});
