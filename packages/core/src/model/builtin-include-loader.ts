import { builtinModelName, builtinModelSource, DEFAULT_MODEL } from '../models/builtin-models.js';
import { buildModel, type BuiltModel } from './build-model.js';
import type { ModelSource } from './model-types.js';
import type { IncludeLoader } from './resolve-includes.js';

/**
 * An include loader that resolves the built-in model names (`xregistry:cloudevents`,
 * `xregistry:schema`, `xregistry:message`, `xregistry:endpoint`, and the spec's own relative
 * paths such as `../message/model.json`) and hands everything else to `fallback`.
 */
export function withBuiltinModels(fallback?: IncludeLoader): IncludeLoader {
  return (ref, base) => {
    const name = builtinModelName(ref);
    if (name !== undefined) return { id: name, document: builtinModelSource(name) };
    if (fallback) return fallback(ref, base);
    return `"${ref}" is not a built-in model (xregistry:cloudevents, xregistry:schema, xregistry:message, xregistry:endpoint)`;
  };
}

/** The modelsource of a registry that names no model: the CloudEvents discovery model (DESIGN.md §2). */
export function defaultModelSource(): ModelSource {
  return { $include: DEFAULT_MODEL };
}

/**
 * Builds a registry's model from its modelsource (or the default one), resolving built-in names
 * and, through `fallback`, local files.
 */
export function buildRegistryModel(source: ModelSource | undefined, fallback?: IncludeLoader, base?: string): BuiltModel {
  return buildModel(source ?? defaultModelSource(), withBuiltinModels(fallback), base);
}
