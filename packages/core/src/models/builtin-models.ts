import type { ModelSource } from '../model/model-types.js';
import { parsePointer } from '../source/parse-pointer.js';
import { cloudEventsModelSource } from './cloudevents-model.js';
import { endpointModelSource } from './endpoint-model.js';
import { messageModelSource } from './message-model.js';
import type { DomainModelSource } from './model-source-types.js';
import { schemaModelSource } from './schema-model.js';

/** Include names of the built-in domain models. */
export type BuiltinModelName = 'xregistry:schema' | 'xregistry:message' | 'xregistry:endpoint' | 'xregistry:cloudevents';

/**
 * The built-in modelsources by include name. Read-only shared data: `builtinModelSource` returns
 * a copy for callers that modify it.
 */
export const BUILTIN_MODELS: Readonly<Record<BuiltinModelName, DomainModelSource>> = {
  'xregistry:schema': schemaModelSource,
  'xregistry:message': messageModelSource,
  'xregistry:endpoint': endpointModelSource,
  'xregistry:cloudevents': cloudEventsModelSource,
};

/**
 * The relative paths by which the spec's own model files include each other
 * (cloudevents/model.json, endpoint/model.json); accepted so that those files resolve against
 * the built-ins.
 */
export const BUILTIN_MODEL_ALIASES: Readonly<Record<string, BuiltinModelName>> = {
  '../schema/model.json': 'xregistry:schema',
  '../message/model.json': 'xregistry:message',
  '../endpoint/model.json': 'xregistry:endpoint',
  '../cloudevents/model.json': 'xregistry:cloudevents',
};

/** The model of a registry that names none (DESIGN.md §2). */
export const DEFAULT_MODEL: BuiltinModelName = 'xregistry:cloudevents';

/** The built-in name for a name or alias (without `#fragment`), or undefined. */
export function builtinModelName(name: string): BuiltinModelName | undefined {
  if (Object.hasOwn(BUILTIN_MODELS, name)) return name as BuiltinModelName;
  return Object.hasOwn(BUILTIN_MODEL_ALIASES, name) ? BUILTIN_MODEL_ALIASES[name] : undefined;
}

/**
 * A fresh copy of the built-in modelsource named `name` (an include name such as
 * `xregistry:message` or a spec alias such as `../message/model.json`, without fragment), or
 * undefined when `name` is not built in. The copy may be modified freely.
 */
export function builtinModelSource(name: string): ModelSource | undefined {
  const builtin = builtinModelName(name);
  return builtin === undefined ? undefined : (structuredClone(BUILTIN_MODELS[builtin]) as unknown as ModelSource);
}

/**
 * Resolves an include reference `<name>[#<pointer>]` against the built-ins and returns a copy of
 * the target, or undefined when the name is not built in or the pointer does not exist. The
 * pointer may omit its leading slash: cloudevents/model.json writes `#groups`, which is not an
 * RFC 6901 pointer (spec-domains-digest Appendix A.11); it is read as `#/groups`.
 */
export function resolveBuiltinInclude(ref: string): unknown {
  const hash = ref.indexOf('#');
  const source = builtinModelSource(hash < 0 ? ref : ref.slice(0, hash));
  if (source === undefined) return undefined;
  let node: unknown = source;
  for (const token of hash < 0 ? [] : parsePointer(ref.slice(hash))) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}
