import { buildModel, Diagnostics, registryFromDocument, SourceFile, validateRegistry, locateDiagnostics, type Model, type ModelSource } from '../../src/index.js';

/** A small generic model: dirs → files (documents) and notes (no documents). */
export const dirsModelSource: ModelSource = {
  groups: {
    dirs: {
      singular: 'dir',
      attributes: { owner: { type: 'string' }, '*': { type: 'any' } },
      resources: {
        files: {
          singular: 'file',
          attributes: { size: { type: 'uinteger' }, kind: { type: 'string', enum: ['text', 'binary'], strict: true } },
        },
        notes: { singular: 'note', hasdocument: false, maxversions: 1, attributes: { text: { type: 'string', required: true } } },
      },
    },
  },
};

/** Builds a model and fails the test on model problems. */
export function model(source: ModelSource = dirsModelSource): Model {
  const built = buildModel(source, (ref) => `no include "${ref}" in tests`);
  if (built.problems.length > 0) throw new Error(`model problems: ${JSON.stringify(built.problems)}`);
  return built.model;
}

/** Validates a JSON/YAML document text against `m`; returns located diagnostics. */
export function validateText(text: string, m: Model = model(), file = 'doc.json'): Diagnostics {
  const d = new Diagnostics();
  const sf = SourceFile.parse(file, text, d);
  if (sf.value === undefined) return d;
  const registry = registryFromDocument(sf.value, { model: m, diagnostics: d, file });
  validateRegistry(registry, m, d);
  locateDiagnostics(d.items, new Map([[file, sf]]));
  return d;
}

/** The rule ids of `d`'s diagnostics of severity error and warning, sorted. */
export function codes(d: Diagnostics): string[] {
  return d.items.filter((i) => i.severity !== 'info').map((i) => i.code).sort();
}
