import type { FormatContext, FormatFinding } from '../format-module.js';
import { decodeJson } from '../decode-document.js';
import { newAjv, sharedAjv, type AjvInstance, type AnySchema, type Draft } from './drafts.js';

/** A schema compiled with ajv, plus the external documents its `$ref`s pulled in (by absolute URI). */
export interface CompiledSchema {
  ajv: AjvInstance;
  key: string;
  validate: (value: unknown) => boolean;
  externals: Map<string, unknown>;
}

const MAX_EXTERNALS = 64;

/**
 * Compiles `root` for `draft` under `key`. A `$ref` to another document is loaded through
 * `ctx.resolve` (called with the absolute URI ajv resolved the reference to) and compiled along.
 * Returns findings instead when a reference cannot be resolved or the schema does not compile.
 */
export function compileSchema(root: unknown, draft: Draft, key: string, ctx?: FormatContext, options: { reuse?: boolean } = {}): { ok: true; compiled: CompiledSchema } | { ok: false; findings: FormatFinding[] } {
  const externals = new Map<string, unknown>();
  for (;;) {
    // `reuse`: a check whose compiled validator is not kept can use the shared instance and take
    // back everything it added, instead of paying for a fresh instance.
    const ajv = options.reuse ? sharedAjv(draft) : newAjv(draft);
    const cleanup = (): void => {
      if (!options.reuse) return;
      for (const [ref, doc] of [[key, root], ...externals] as Array<[string, unknown]>) {
        ajv.removeSchema(ref);
        const id = doc !== null && typeof doc === 'object' ? (doc as Record<string, unknown>)['$id'] : undefined;
        if (typeof id === 'string') ajv.removeSchema(id.replace(/#$/, ''));
      }
    };
    for (const [uri, doc] of externals) ajv.addSchema(doc as AnySchema, uri);
    try {
      ajv.addSchema(root as AnySchema, key);
      const validate = ajv.getSchema(key);
      if (!validate) throw new Error('ajv did not register the schema');
      cleanup();
      return { ok: true, compiled: { ajv, key, validate: (v) => validate(v) as boolean, externals } };
    } catch (e) {
      cleanup();
      const err = e as Error & { missingRef?: string; missingSchema?: string };
      if (err.missingRef === undefined) return { ok: false, findings: [{ code: 'jsonschema/compile-error', severity: 'error', args: { detail: err.message } }] };
      const uri = err.missingSchema ?? '';
      const loaded = uri !== '' && !externals.has(uri) && externals.size < MAX_EXTERNALS ? ctx?.resolve?.(uri) : undefined;
      if (!loaded) return { ok: false, findings: [{ code: 'jsonschema/unresolved-ref', severity: 'error', args: { ref: err.missingRef, uri: uri || '(this document)' } }] };
      const parsed = decodeJson(loaded);
      if (!parsed.ok) return { ok: false, findings: [{ code: 'jsonschema/unresolved-ref', severity: 'error', args: { ref: err.missingRef, uri: `${uri} (not JSON)` } }] };
      externals.set(uri, parsed.value);
    }
  }
}
