import type { DocumentCase, HostileCase } from '../support/hostile-case.js';

type Json = Record<string, unknown>;

/** A group type `gs` with resource type `rs`, with `group` and `resource` merged in. */
function model(group: Json = {}, resource: Json = {}, extraGroups: Json = {}): Json {
  return { groups: { gs: { plural: 'gs', singular: 'g', ...group, resources: { rs: { plural: 'rs', singular: 'r', ...resource } } }, ...extraGroups } };
}

/** [rule, modelsource, text marking the located key (its first occurrence), extra include files]. */
const MODEL_ERRORS: ReadonlyArray<readonly [string, Json, string | undefined, Record<string, string>?]> = [
  ['model/aspect-not-allowed', model({ attributes: { x: { type: 'string', item: { type: 'string' } } } }), '"x"'],
  ['model/compatibility-needs-format', model({}, { validatecompatibility: true, validateformat: false }), '"rs"'],
  ['model/default-not-in-enum', model({ attributes: { x: { type: 'string', required: true, default: 'c', enum: ['a', 'b'], strict: true } } }), '"x"'],
  ['model/duplicate-type-name', model({}, {}, { hs: { plural: 'hs', singular: 'g' } }), '"hs"'],
  ['model/import-invalid', model({ ximportresources: ['not-an-xid'] }), '"ximportresources"'],
  ['model/include-both', { $include: 'a.json', $includes: ['b.json'] }, '"$include"', { 'a.json': '{}', 'b.json': '{}' }],
  ['model/include-cycle', { $include: 'loop-a.json' }, '"$include"', { 'loop-a.json': '{ "$include": "loop-b.json" }', 'loop-b.json': '{ "$include": "loop-a.json" }' }],
  ['model/include-not-found', { $include: 'missing.json' }, '"$include"'],
  ['model/invalid-attribute-name', model({ attributes: { 'Bad-Name': { type: 'string' } } }), '"Bad-Name"'],
  ['model/invalid-constraint', model({ constraints: { bogus: 'x' } }), '"bogus"'],
  ['model/invalid-target', model({ attributes: { x: { type: 'xid', target: '/nothing/here' } } }), '"x"'],
  ['model/invalid-type', model({ attributes: { x: { type: 'strnig' } } }), '"x"'],
  ['model/invalid-type-name', { groups: { '9gs': { plural: '9gs', singular: '9g' } } }, '"9gs"'],
  ['model/invalid-typemap', model({}, { typemap: { 'text/*': 'xml' } }), '"text/*"'],
  ['model/invalid-value', model({}, { maxversions: -1 }), '"maxversions"'],
  ['model/missing-item', model({ attributes: { x: { type: 'map' } } }), '"x"'],
  ['model/missing-singular', { groups: { gs: { plural: 'gs' } } }, '"gs"'],
  ['model/plural-mismatch', { groups: { gs: { plural: 'hs', singular: 'g' } } }, '"gs"'],
  ['model/required-true', model({ attributes: { x: { type: 'string', default: 'a' } } }), '"x"'],
  ['model/scalar-default', model({ attributes: { x: { type: 'object', required: true, default: 'a' } } }), '"x"'],
  ['model/spec-attribute-weakened', model({ attributes: { epoch: { type: 'string' } } }), '"epoch"'],
  ['model/unknown-key', model({ colour: 'red' }), '"colour"'],
  ['model/unknown-versionmode', model({}, { versionmode: 'lunar' }), '"versionmode"'],
  ['model/versionmode-needs-single-root', model({}, { versionmode: 'semver', singleversionroot: false }), '"versionmode"'],
];

/** The 1-based line and column of the first occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * What else a broken model causes: a model that cannot be built has no group type "gs", so the
 * document's `gs` is an unknown attribute; a bad plural is reported for its singular too.
 */
function cascade(rule: string, modelsource: Json): Array<{ rule: string; marker: string }> {
  const noGs = !('groups' in modelsource) || rule === 'model/missing-singular' || rule === 'model/invalid-type-name';
  const extra = noGs ? [{ rule: 'attribute/unknown', marker: '"gs": {}' }] : [];
  if (rule === 'model/invalid-type-name') extra.push({ rule, marker: '"singular": "9g"' });
  return extra;
}

export function modelCases(): HostileCase[] {
  const cases: DocumentCase[] = MODEL_ERRORS.map(([rule, modelsource, marker, extra], i) => {
    const text = `${JSON.stringify({ modelsource, gs: {} }, null, 2)}\n`;
    const fileName = `model-${i}.xreg.json`;
    // Positions of model problems are pinned by the golden file (reviewed: the offending aspect or
    // value; include problems on the object that holds "$include").
    void marker;
    const expect = [{ rule, file: fileName }, ...cascade(rule, modelsource).map((e) => ({ rule: e.rule, file: fileName, ...positionOf(text, e.marker) }))];
    return { kind: 'document', category: 'models contradicting the spec', name: `${rule} in an .xreg document's modelsource`, fileName, content: text, ...(extra ? { extra } : {}), expect };
  });
  // The same contradictions as a separate --model file, and $include chains through files.
  MODEL_ERRORS.slice(0, 6).forEach(([rule, modelsource, _marker, extra], i) => {
    const modelText = `${JSON.stringify(modelsource, null, 2)}\n`;
    cases.push({ kind: 'document', category: 'models contradicting the spec', name: `${rule} in a --model file`, fileName: `doc-${i}.xreg.json`, content: '{}\n', extra: { ...extra, [`model-file-${i}.json`]: modelText }, args: ['--model', `model-file-${i}.json`], expect: [{ rule, file: `model-file-${i}.json` }] });
  });
  const deep = JSON.stringify({ modelsource: { $include: 'inc-0.json' } }, null, 2);
  const chain = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`inc-${i}.json`, JSON.stringify({ $include: `inc-${(i + 1) % 40}.json` })]));
  cases.push({ kind: 'document', category: 'reference cycles', name: 'a 40-file $include cycle', fileName: 'chain.xreg.json', content: deep, extra: chain, expect: [{ rule: 'model/include-cycle', file: 'chain.xreg.json', ...positionOf(deep, '"modelsource"') }] });
  const self = JSON.stringify({ modelsource: { $include: 'self.xreg.json' } }, null, 2);
  cases.push({ kind: 'document', category: 'reference cycles', name: 'a document whose modelsource includes the document itself', fileName: 'self.xreg.json', content: self, expect: [{ rule: 'model/include-cycle', file: 'self.xreg.json', ...positionOf(self, '"modelsource"') }, { rule: 'model/unknown-key', file: 'self.xreg.json', ...positionOf(self, '"modelsource"') }] });
  return cases;
}
