import type { DiagnosticSpec } from './diagnostic-spec.js';
import { domainCatalogue } from '../domains/domain-catalogue.js';
import { registerCatalogue } from './rule-registry.js';

/**
 * The diagnostics catalogue of @xrgit/core. Rule ids are stable: never rename one; retire it with
 * `deprecated` and `replacedBy`. Messages are templates rendered at the edge (`renderMessage`).
 */
const entityCatalogue = {
  // --- reading input -------------------------------------------------------------------------
  'source/parse-error': { severity: 'error', specError: 'parsing_data', message: 'Cannot parse {file}: {detail}. Fix the syntax at the marked position.' },
  'source/duplicate-key': { severity: 'error', specError: 'parsing_data', message: 'Key "{key}" appears twice in the same object. Keep one of them.' },
  'source/not-an-object': { severity: 'error', specError: 'parsing_data', message: 'Expected an object (a map of attributes) here but found {found}. Write the entity as a mapping, for example `{example}`.' },
  'source/too-deep': { severity: 'error', specError: 'parsing_data', message: 'The document nests deeper than {limit} levels. Flatten it; no xRegistry entity needs this depth.' },
  'source/too-large': { severity: 'error', specError: 'parsing_data', message: 'The file is {size} bytes, over the limit of {limit} bytes. Split it or store the document externally.' },
  'source/invalid-utf8': { severity: 'error', specError: 'parsing_data', message: 'The file is not valid UTF-8 text. Re-save it as UTF-8.' },
  'source/yaml-alias-limit': { severity: 'error', specError: 'parsing_data', message: 'The YAML document expands aliases beyond the allowed size. Remove the alias chain.' },

  // --- model definitions ---------------------------------------------------------------------
  'model/unknown-key': { severity: 'error', specError: 'model_error', message: 'Unknown model key "{key}" in {where}. Remove it or use one of: {allowed}.' },
  'model/invalid-value': { severity: 'error', specError: 'model_error', message: 'Model aspect "{key}" in {where} has an invalid value: {detail}.' },
  'model/invalid-type': { severity: 'error', specError: 'model_error', message: 'Attribute "{name}" in {where} has unknown type "{type}". Use one of the core types: {allowed}.' },
  'model/invalid-attribute-name': { severity: 'error', specError: 'model_error', message: 'Attribute name "{name}" in {where} is not valid: names use a-z, 0-9 and _, are 1-63 characters long and do not start with a digit.' },
  'model/invalid-type-name': { severity: 'error', specError: 'model_error', message: 'Type name "{name}" in {where} is not valid: plural and singular names use a-z, 0-9 and _, are 1-57 characters long and do not start with a digit.' },
  'model/plural-mismatch': { severity: 'error', specError: 'model_error', message: 'The {kind} type under key "{key}" declares plural "{plural}". The key must equal the plural name.' },
  'model/missing-singular': { severity: 'error', specError: 'model_error', message: 'The {kind} type "{plural}" has no "singular" name. Add one, for example "singular": "{example}".' },
  'model/duplicate-type-name': { severity: 'error', specError: 'model_error', message: 'The type name "{name}" is used twice ({where}). Plural and singular names must be unique in their scope.' },
  'model/required-true': { severity: 'error', specError: 'model_required_true', message: 'Attribute "{name}" in {where} has a default but is not required. A default needs "required": true.' },
  'model/scalar-default': { severity: 'error', specError: 'model_scalar_default', message: 'Attribute "{name}" in {where} has a default but is of type {type}. Defaults are allowed on scalar attributes only.' },
  'model/default-not-in-enum': { severity: 'error', specError: 'model_error', message: 'The default of attribute "{name}" in {where} is not one of its strict enum values.' },
  'model/aspect-not-allowed': { severity: 'error', specError: 'model_error', message: 'Aspect "{aspect}" is not allowed on attribute "{name}" in {where}: {detail}.' },
  'model/missing-item': { severity: 'error', specError: 'model_error', message: 'Attribute "{name}" in {where} is a {type} and needs an "item" definition, for example "item": {"type": "string"}.' },
  'model/invalid-target': { severity: 'error', specError: 'model_error', message: 'Attribute "{name}" in {where} has target "{target}", which does not name a group or resource type of this model.' },
  'model/spec-attribute-weakened': { severity: 'error', specError: 'model_error', message: 'Attribute "{name}" in {where} redefines a spec-defined attribute and changes its "{aspect}". Spec attributes may only be narrowed, never weakened or retyped.' },
  'model/include-not-found': { severity: 'error', specError: 'model_error', message: 'Cannot resolve the include "{include}": {detail}.' },
  'model/include-cycle': { severity: 'error', specError: 'model_error', message: 'The include "{include}" includes itself through {chain}. Break the cycle.' },
  'model/include-both': { severity: 'error', specError: 'model_error', message: '"$include" and "$includes" are both present in {where}. Use one of them.' },
  'model/import-invalid': { severity: 'error', specError: 'model_error', message: 'ximportresources entry "{entry}" of group type "{group}" is not valid: {detail}.' },
  'model/compatibility-needs-format': { severity: 'error', specError: 'model_error', message: 'Resource type "{resource}" sets validatecompatibility without validateformat. Set "validateformat": true as well.' },
  'model/versionmode-needs-single-root': { severity: 'error', specError: 'model_error', message: 'Resource type "{resource}" uses versionmode "{mode}", which requires "singleversionroot": true.' },
  'model/unknown-versionmode': { severity: 'error', specError: 'model_error', message: 'Resource type "{resource}" uses versionmode "{mode}". Supported modes: manual, createdat, modifiedat, semver.' },
  'model/invalid-typemap': { severity: 'error', specError: 'model_error', message: 'typemap entry "{key}" of resource type "{resource}" maps to "{value}". Use binary, json or string.' },
  'model/invalid-constraint': { severity: 'error', specError: 'model_error', message: 'Constraint "{key}" of group type "{group}" is not valid: {detail}.' },

  // --- ids and xids --------------------------------------------------------------------------
  'id/malformed': { severity: 'error', specError: 'malformed_id', message: 'The id "{id}" is not valid: {detail}. Ids are 1-128 characters of A-Z a-z 0-9 - . _ ~ : @ and start with a letter, digit or _.' },
  'id/mismatched': { severity: 'error', specError: 'mismatched_id', message: 'Attribute "{attribute}" is "{value}" but the entity is named "{id}" by its {by}. Make them equal or remove the attribute.' },
  'id/duplicate': { severity: 'error', specError: 'bad_request', message: 'The id "{id}" clashes with "{other}" in the same collection: ids must be unique ignoring case. Rename one of them.' },
  'id/case-clash-across-collections': { severity: 'warning', message: 'The id "{id}" differs only in case from "{other}" in collection "{collection}" of the same parent. Some file systems and clients treat them as one; rename one of them.' },
  'id/reserved': { severity: 'error', specError: 'malformed_id', message: 'The id "{id}" is reserved: {detail}. Choose another id.' },
  'xid/malformed': { severity: 'error', specError: 'malformed_xid', message: 'The xid "{xid}" in attribute "{attribute}" is not valid: {detail}.' },

  // --- attributes ----------------------------------------------------------------------------
  'attribute/unknown': { severity: 'error', specError: 'unknown_attribute', message: 'Unknown attribute "{name}" on {entity}.{suggestion} Remove it, or define it in the model (or under a "*" extension).' },
  'attribute/invalid-type': { severity: 'error', specError: 'invalid_attribute', message: 'Attribute "{name}" must be {expected} but is {found}.' },
  'attribute/invalid-value': { severity: 'error', specError: 'invalid_attribute', message: 'Attribute "{name}" has an invalid value {value}: {detail}.' },
  'attribute/not-in-enum': { severity: 'error', specError: 'invalid_attribute', message: 'Attribute "{name}" is {value}, which is not one of the allowed values: {allowed}.{suggestion}' },
  'attribute/required-missing': { severity: 'error', specError: 'required_attribute_missing', message: 'Required attribute "{name}" is missing on {entity}. Add it{hint}.' },
  'attribute/invalid-name': { severity: 'error', specError: 'invalid_attribute', message: 'Attribute name "{name}" is not valid: names use a-z, 0-9 and _, are 1-63 characters long and do not start with a digit.' },
  'attribute/invalid-map-key': { severity: 'error', specError: 'invalid_attribute', message: 'Map key "{key}" of attribute "{name}" is not valid: keys use a-z, 0-9, :, ., _ and -, are 1-63 characters long and start with a letter or digit.' },
  'attribute/too-large': { severity: 'error', specError: 'invalid_attribute', message: 'Attribute "{name}" is {size} bytes with its name; scalar attributes are limited to 4096 bytes. Shorten it.' },
  'attribute/null-item': { severity: 'error', specError: 'invalid_attribute', message: 'Attribute "{name}" contains a null item at index {index}. Remove it.' },
  'attribute/empty': { severity: 'error', specError: 'invalid_attribute', message: 'Attribute "{name}" must not be an empty string. Remove it or give it a value.' },
  'attribute/server-managed': { severity: 'info', message: 'Attribute "{name}" is managed by the registry and the value given here is ignored.' },
  'attribute/reserved-name': { severity: 'error', specError: 'invalid_attribute', message: 'Extension attribute "{name}" reuses a name reserved by the spec ({detail}). Rename it.' },
  'attribute/deprecated-dates': { severity: 'error', specError: 'invalid_attribute', message: 'deprecated.removal ({removal}) is before deprecated.effective ({effective}). Make removal the same as or later than effective.' },

  // --- entities and documents ----------------------------------------------------------------
  'entity/unknown-group-type': { severity: 'error', specError: 'unknown_group_type', message: 'Unknown group type "{name}". The model defines: {allowed}.{suggestion}' },
  'entity/unknown-resource-type': { severity: 'error', specError: 'unknown_resource_type', message: 'Unknown resource type "{name}" in group type "{group}". The model defines: {allowed}.{suggestion}' },
  'entity/duplicate-definition': { severity: 'error', message: '{entity} is defined twice: here and at {other}. Keep one definition.' },
  'entity/no-versions': { severity: 'error', message: 'Resource {xid} has no versions. Every resource needs at least one version.' },
  'document/one-resource': { severity: 'error', specError: 'one_resource', message: 'Only one of "{singular}", "{singular}base64" and "{singular}url" may be present; found {found}. Keep one.' },
  'document/hasdocument-violation': { severity: 'error', specError: 'hasdocument_violation', message: 'Resource type "{resource}" has no documents (hasdocument is false) but "{attribute}" is set. Remove it.' },
  'document/invalid-base64': { severity: 'error', specError: 'invalid_attribute', message: 'Attribute "{attribute}" is not valid base64. Encode the document bytes with standard base64.' },
  'document/missing-contenttype': { severity: 'warning', message: 'The document of {xid} is a string but has no "contenttype". Add one (for example "text/plain" or "application/xml") so readers know how to interpret it.' },

  // --- versions ------------------------------------------------------------------------------
  'version/unknown-ancestor': { severity: 'error', specError: 'unknown_id', message: 'Version "{version}" names ancestor "{ancestor}", which is not a version of this resource. Fix ancestorid or add that version.' },
  'version/ancestor-cycle': { severity: 'error', specError: 'ancestor_circular_reference', message: 'The ancestorid chain of version "{version}" loops: {chain}. Make one version of the loop a root (ancestorid = its own versionid).' },
  'version/multiple-roots': { severity: 'error', specError: 'multiple_roots', message: 'Resource type "{resource}" requires a single root version (singleversionroot) but {xid} has roots {roots}. Point all but one at an ancestor.' },
  'version/sticky-unknown': { severity: 'error', specError: 'unknown_id', message: 'meta.defaultversionid is "{version}" with defaultversionsticky true, but {xid} has no such version. Name an existing version.' },
  'version/sticky-single': { severity: 'error', specError: 'setdefaultversionsticky_false', message: 'Resource type "{resource}" keeps a single version (maxversions = 1), so {xid} cannot have a sticky default version. Remove defaultversionsticky.' },
  'version/too-many': { severity: 'error', specError: 'too_many_versions', message: '{xid} has {count} versions but its resource type allows at most {max} (maxversions). Remove old versions; xrgit never prunes silently.' },
  'version/id-not-allowed': { severity: 'error', specError: 'versionid_not_allowed', message: 'Resource type "{resource}" does not allow client-chosen version ids (setversionid is false), but version "{version}" was given. Let the registry number the versions.' },
  'version/mismatched-attribute': { severity: 'error', specError: 'mismatched_version_attribute', message: 'Attribute "{name}" must be the same in every version of {xid} (matchversions); version "{version}" has {value} but version "{other}" has {otherValue}.' },
  'version/invalid-semver': { severity: 'error', specError: 'invalid_attribute', message: 'Version id "{version}" of {xid} is not a semantic version, but the resource type uses versionmode semver. Use ids like 1.2.0.' },
  'version/misplaced-meta-attribute': { severity: 'warning', message: '"{name}" is set on resource {xid} itself; it belongs in "meta" (core/spec.md §Meta Entity). Move it under "meta".' },
  'version/mixed-default-attributes': { severity: 'info', message: 'Resource {xid} carries default-version attributes and also lists that version under "versions"; the attributes at resource level are ignored (core/spec.md §Resource Processing Algorithm).' },

  // --- constraints, xref ---------------------------------------------------------------------
  'constraint/failure': { severity: 'error', specError: 'constraint_failure', message: 'Attribute "{name}" of {xid} is {value}, which violates group constraint "{constraint}": {detail}.' },
  'xref/malformed': { severity: 'error', specError: 'malformed_xref', message: 'meta.xref "{xref}" is not valid: {detail}. It must be the xid of a resource of the same type, like /{groups}/<groupid>/{resources}/<resourceid>.' },
  'xref/extra-attribute': { severity: 'error', specError: 'extra_xref_attribute', message: 'Resource {xid} is a cross-reference (meta.xref) and must not define "{name}". Remove it or remove xref.' },
  'xref/dangling': { severity: 'warning', message: 'meta.xref of {xid} points at {xref}, which is not in this registry. Readers will see only the ids.' },

  // --- formats ---------------------------------------------------------------------------------
  'format/noncanonical-name': { severity: 'error', specError: 'invalid_attribute', message: 'Format "{format}" is not the name the schema spec defines for this format; use "{canonical}" (schema/spec.md §Formats).' },
} as const satisfies Record<string, DiagnosticSpec>;

export const catalogue = { ...entityCatalogue, ...domainCatalogue } as const satisfies Record<string, DiagnosticSpec>;

/** Every rule id of @xrgit/core; a typo does not compile. */
export type DiagnosticCode = keyof typeof catalogue;

registerCatalogue(catalogue);
