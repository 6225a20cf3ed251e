/**
 * Types of xRegistry model definitions, as defined by core/model.md (v1.0-rc4).
 *
 * A *modelsource* is what a user writes (plural names and attribute names may be omitted and are
 * derived from map keys, `$include`/`$includes` and `ximportresources` may appear). A *model* is the
 * fully resolved result served at `/model`: spec-defined attributes overlaid, includes resolved,
 * imported resource types copied in.
 */

/** Attribute types of core/spec.md §Data Types. There is no `binary` type in rc4. */
export const ATTRIBUTE_TYPES = [
  'any',
  'array',
  'boolean',
  'decimal',
  'integer',
  'map',
  'object',
  'string',
  'timestamp',
  'uinteger',
  'uri',
  'uriabsolute',
  'urirelative',
  'uritemplate',
  'url',
  'urlabsolute',
  'urlrelative',
  'xid',
  'xidtype',
] as const;

export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

export const SCALAR_TYPES: ReadonlySet<AttributeType> = new Set([
  'boolean',
  'decimal',
  'integer',
  'string',
  'timestamp',
  'uinteger',
  'uri',
  'uriabsolute',
  'urirelative',
  'uritemplate',
  'url',
  'urlabsolute',
  'urlrelative',
  'xid',
  'xidtype',
]);

/**
 * `item` of a map or array attribute (core/model.md §attributes.<STRING>.item). core/model.md
 * lists type, target, namecharset, attributes and item; we also accept `enum`/`strict` on scalar
 * items, because endpoint/model.json puts an enum on the `usage` array, which core allows only on
 * scalars (spec-domains-digest appendix A.6): on the item it means what the spec model intends.
 */
export interface ItemDefinition {
  type: AttributeType;
  enum?: unknown[];
  strict?: boolean;
  target?: string;
  namecharset?: 'strict' | 'extended';
  attributes?: Record<string, AttributeDefinition>;
  item?: ItemDefinition;
}

/** `ifvalues.<VALUE>` (core/model.md §attributes.<STRING>.ifvalues). */
export interface IfValueDefinition {
  siblingattributes: Record<string, AttributeDefinition>;
}

/** One attribute definition (core/model.md §attributes). */
export interface AttributeDefinition {
  name: string;
  type: AttributeType;
  target?: string;
  namecharset?: 'strict' | 'extended';
  description?: string;
  enum?: unknown[];
  strict?: boolean;
  readonly?: boolean;
  immutable?: boolean;
  required?: boolean;
  default?: unknown;
  matchversions?: boolean;
  attributes?: Record<string, AttributeDefinition>;
  item?: ItemDefinition;
  ifvalues?: Record<string, IfValueDefinition>;
}

export type AttributeMap = Record<string, AttributeDefinition>;

/** Group-type `constraints` value (core/model.md §groups.<STRING>.constraints). */
export interface ConstraintDefinition {
  default?: unknown;
  enum?: unknown[];
  equals?: string;
}

/** A Resource type (core/model.md §groups.<STRING>.resources.<STRING>). */
export interface ResourceModel {
  plural: string;
  singular: string;
  description?: string;
  documentation?: string;
  icon?: string;
  labels?: Record<string, string>;
  modelversion?: string;
  modelcompatiblewith?: string;
  maxversions: number;
  setversionid: boolean;
  hasdocument: boolean;
  versionmode: string;
  singleversionroot: boolean;
  validateformat: boolean;
  validatecompatibility: boolean;
  strictvalidation: boolean;
  typemap?: Record<string, 'binary' | 'json' | 'string'>;
  /** Version-level attributes (also the default Version's attributes shown on the Resource). */
  attributes: AttributeMap;
  /** Resource-level attributes (system-defined; core/model.md reserves this). */
  resourceattributes: AttributeMap;
  /** Attributes of the Resource's `meta` sub-object. */
  metaattributes: AttributeMap;
}

/** A Group type (core/model.md §groups.<STRING>). */
export interface GroupModel {
  plural: string;
  singular: string;
  description?: string;
  documentation?: string;
  icon?: string;
  labels?: Record<string, string>;
  modelversion?: string;
  modelcompatiblewith?: string;
  attributes: AttributeMap;
  constraints?: Record<string, ConstraintDefinition>;
  resources: Record<string, ResourceModel>;
}

/** A fully resolved model (what `GET /model` returns). */
export interface Model {
  description?: string;
  documentation?: string;
  labels?: Record<string, string>;
  attributes: AttributeMap;
  groups: Record<string, GroupModel>;
}

/** A modelsource document: loosely typed, checked by `buildModel`. */
export type ModelSource = Record<string, unknown>;
