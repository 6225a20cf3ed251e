import type { AttributeType } from '../model/model-types.js';

/**
 * Typed shape of a modelsource as core/model.md §Registry Model writes it. Unlike the resolved
 * `Model`, a modelsource omits the `name` of attributes (the map key is the name) and may hold
 * `$include`/`$includes` directives and `ximportresources`. The built-in domain models are
 * written in this shape so that the compiler checks every aspect name.
 */

/** `item` of a map or array attribute (core/model.md §attributes.<STRING>.item). */
export interface ItemSource {
  type: AttributeType;
  target?: string;
  namecharset?: 'strict' | 'extended';
  /**
   * Only on scalar items. core/model.md lists no `enum` under `item`; xrgit accepts it there
   * because the spec's endpoint model needs an enum on the items of `usage` (docs/models.md).
   */
  enum?: readonly unknown[];
  strict?: boolean;
  attributes?: AttributeSourceMap;
  item?: ItemSource;
}

/** One attribute definition of a modelsource (core/model.md §attributes.<STRING>). */
export interface AttributeSource {
  type: AttributeType;
  target?: string;
  namecharset?: 'strict' | 'extended';
  description?: string;
  enum?: readonly unknown[];
  strict?: boolean;
  readonly?: boolean;
  required?: boolean;
  default?: string | number | boolean;
  matchversions?: boolean;
  attributes?: AttributeSourceMap;
  item?: ItemSource;
  ifvalues?: IfValuesSource;
}

export type AttributeSourceMap = Readonly<Record<string, AttributeSource>>;

/** `ifvalues`: runtime value of the attribute → attributes that then exist beside it. */
export type IfValuesSource = Readonly<Record<string, { siblingattributes: AttributeSourceMap }>>;

/** A Resource type of a modelsource (core/model.md §groups.<STRING>.resources.<STRING>). */
export interface ResourceSource {
  plural: string;
  singular: string;
  description?: string;
  modelversion?: string;
  modelcompatiblewith?: string;
  maxversions?: number;
  hasdocument?: boolean;
  validateformat?: boolean;
  validatecompatibility?: boolean;
  strictvalidation?: boolean;
  typemap?: Readonly<Record<string, 'binary' | 'json' | 'string'>>;
  attributes?: AttributeSourceMap;
  metaattributes?: AttributeSourceMap;
}

/** A Group type of a modelsource (core/model.md §groups.<STRING>). */
export interface GroupSource {
  plural: string;
  singular: string;
  description?: string;
  modelversion?: string;
  modelcompatiblewith?: string;
  attributes?: AttributeSourceMap;
  constraints?: Readonly<Record<string, { default?: unknown; enum?: readonly unknown[]; equals?: string }>>;
  ximportresources?: readonly string[];
  resources?: Readonly<Record<string, ResourceSource>>;
}

/** `$include` / `$includes` (core/model.md §Includes in the xRegistry Model Data). */
export type IncludeSource = { $include: string } | { $includes: readonly string[] };

/** A whole modelsource document as the built-in models write it. */
export interface DomainModelSource {
  description?: string;
  groups: Readonly<Record<string, GroupSource | IncludeSource>> | IncludeSource;
}

/** The spec release the built-in models implement (`modelversion` of every type). */
export const MODEL_VERSION = '1.0-rc4';

/** `*`: accept extension attributes of any type (core/model.md §attributes.<STRING>.name). */
export const ANY_EXTENSION: AttributeSource = { type: 'any', description: 'Extension attributes.' };
