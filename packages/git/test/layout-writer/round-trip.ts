import { buildRegistryModel, Diagnostics, registryFromDocument, renderMessage, validateRegistry, type ModelSource } from '@xrgit/core';
import { filesSnapshot, layoutDifferences, layoutFiles, loadLayout, withoutComputed, type LayoutDifference } from '../../src/index.js';

/** What writing a document as a layout and reading it back gave. */
export interface RoundTrip {
  /** The written files as text (base64 for bytes that are not UTF-8), by path. */
  files: Record<string, string>;
  /** `code xid-or-file` of every writer diagnostic. */
  written: string[];
  /** `code file` of every error or warning of loading and validating the written layout. */
  loaded: string[];
  differences: LayoutDifference[];
  /** `code message` of every error or warning of validating the document itself. */
  source: string[];
}

const text = (bytes: Uint8Array): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return `base64:${Buffer.from(bytes).toString('base64')}`;
  }
};

/**
 * Converts `doc` as `xrgit import` does (its own modelsource, or `modelsource`), writes it as a
 * layout in memory, loads that back and validates it as `xrgit validate DIR` outside git does.
 */
export async function roundTrip(doc: Record<string, unknown>, modelsource?: Record<string, unknown>): Promise<RoundTrip> {
  const d = new Diagnostics<string>();
  const source = (modelsource ?? doc['modelsource']) as ModelSource | undefined;
  const built = buildRegistryModel(source);
  if (built.problems.length > 0) throw new Error(`model problems: ${JSON.stringify(built.problems)}`);
  const registry = registryFromDocument(structuredClone(doc), { model: built.model, diagnostics: d as Diagnostics, file: 'doc.xreg.json' });
  if (d.items.length > 0) throw new Error(`document problems: ${d.items.map((i) => i.code).join(', ')}`);
  const sv = new Diagnostics();
  validateRegistry(registry, built.model, sv);
  const files = layoutFiles(registry, built.model, { diagnostics: d as Diagnostics<never>, ...(modelsource ? { modelsource } : {}) });
  const loaded = await loadLayout(filesSnapshot(files));
  const v = new Diagnostics();
  validateRegistry(loaded.registry, loaded.model, v);
  const problems = [...loaded.diagnostics.items, ...v.items].filter((i) => i.severity !== 'info');
  for (const i of [...d.items, ...problems]) renderMessage(i);
  return {
    files: Object.fromEntries([...files].map(([p, b]) => [p, text(b)])),
    written: d.items.map((i) => `${i.code} ${String(i.args['xid'] ?? i.location.file ?? '')}`.trim()),
    loaded: problems.map((i) => `${i.code} ${i.location.file ?? i.location.xid ?? ''}`.trim()),
    source: sv.items.filter((i) => i.severity !== 'info').map((i) => `${i.code} ${renderMessage(i)}`),
    differences: layoutDifferences(withoutComputed(registry, built.model), loaded.registry),
  };
}
