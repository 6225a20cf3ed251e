/** The keys core/model.md allows at each level of a model definition. Anything else → `model_error`. */
export const MODEL_KEYS = {
  root: ['$schema', 'description', 'documentation', 'labels', 'attributes', 'groups'],
  group: ['plural', 'singular', 'description', 'documentation', 'icon', 'labels', 'modelversion', 'modelcompatiblewith', 'attributes', 'ximportresources', 'constraints', 'resources'],
  resource: [
    'plural', 'singular', 'description', 'documentation', 'icon', 'labels', 'modelversion', 'modelcompatiblewith', 'maxversions',
    'setversionid', 'hasdocument', 'versionmode', 'singleversionroot', 'validateformat', 'validatecompatibility', 'strictvalidation',
    'typemap', 'attributes', 'resourceattributes', 'metaattributes',
  ],
  attribute: ['name', 'type', 'target', 'namecharset', 'description', 'enum', 'strict', 'readonly', 'immutable', 'required', 'default', 'matchversions', 'attributes', 'item', 'ifvalues'],
  item: ['type', 'target', 'namecharset', 'description', 'enum', 'strict', 'attributes', 'item'],
  ifvalue: ['siblingattributes'],
  constraint: ['default', 'enum', 'equals'],
} as const;

/** Attribute names: `[a-z0-9_]`, 1-63 characters, no leading digit (core/spec.md §Attributes). */
export const ATTRIBUTE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Map keys and `extended` attribute names: `[a-z0-9:._-]`, 1-63, leading alphanumeric (core/spec.md §map). */
export const MAP_KEY = /^[a-z0-9][a-z0-9:._-]{0,62}$/;

/**
 * Group and Resource type names. core/model.md limits plural and singular to 57 characters
 * (the group singular text says 63; the primer §11.12 says 57; we enforce 57 everywhere —
 * digest §2.3, one rule for all type names).
 */
export const TYPE_NAME = /^[a-z_][a-z0-9_]{0,56}$/;

/** The versionmodes this toolkit implements (core/model.md §versionmode). */
export const VERSION_MODES = ['manual', 'createdat', 'modifiedat', 'semver'] as const;
