import { registerCatalogue, type DiagnosticSpec } from '@xrgit/core';

/**
 * The diagnostics catalogue of the registry layout (docs/layout.md §15). Rule ids are stable:
 * never rename one; retire it with `deprecated` and `replacedBy`. Problems that the model engine
 * already names (`id/malformed`, `id/mismatched`, `source/parse-error`, `model/include-*`,
 * `format/noncanonical-name`, ...) are reported with core's ids, not duplicated here.
 */
export const layoutCatalogue = {
  // --- xrgit.yaml ------------------------------------------------------------------------------
  'config/unknown-key': { severity: 'error', message: '{file} has the key "{key}", which this version of xrgit does not know.{suggestion} Remove it; the only key is "registry".', example: 'registri: defs' },
  'config/invalid-value': { severity: 'error', message: '"{key}" in {file} {detail}. Write a relative directory inside the repository, for example `registry: registry`.', example: 'registry: ../elsewhere' },
  'config/registry-not-found': { severity: 'error', message: 'The registry directory "{dir}" does not exist. Create it (xrgit init does), or point "registry:" in xrgit.yaml at the right directory.', example: 'registry: defs   # but defs/ is missing' },

  // --- reading files ----------------------------------------------------------------------------
  'layout/parse-error': { severity: 'error', specError: 'parsing_data', message: 'Cannot read {file} as {syntax}: {detail}. Fix the document so it is well formed.', example: '<xs:schema>   (no closing tag)' },
  'layout/symlink-outside': { severity: 'error', message: '{file} is a symbolic link that {detail}, so it is not read. Replace the link with the file itself.', example: 'schemas/a.json -> /etc/passwd' },

  // --- where files are --------------------------------------------------------------------------
  'layout/unknown-group-type': { severity: 'error', specError: 'unknown_group_type', message: 'The directory "{name}" is not a group type of the model, which defines: {allowed}.{suggestion} Rename it, or add the group type to model.yaml.', example: 'schemagroup/CloudyHQ/schemas/a.json' },
  'layout/unknown-resource-type': { severity: 'error', specError: 'unknown_resource_type', message: 'The directory "{name}" in group type "{group}" is not a resource type of the model, which defines: {allowed}.{suggestion} Rename it, or add the resource type to model.yaml.', example: 'schemagroups/CloudyHQ/schema/a.json' },
  'layout/unknown-extension': { severity: 'error', message: '"{name}" has no known document extension. Rename it to one of {allowed}, or move it out of the registry.', example: 'schemas/Order.avro' },
  'layout/unexpected-entry': { severity: 'error', message: 'The layout has no place for "{name}" here: {detail}. Move, rename or remove it.', example: 'schemagroups/CloudyHQ/notes.txt' },
  'layout/unknown-entry': { severity: 'warning', message: '"{name}" at the top of the registry directory is not a group type of the model ({allowed}) and is not read. Move it out of the registry directory if it is not meant to be a definition.', example: 'scripts/' },

  // --- one place per entity ---------------------------------------------------------------------
  'layout/duplicate-entity': { severity: 'error', message: '{entity} is defined twice: here and at {other}. Keep one of the two definitions.', example: 'schemas/Order.json and schemas/Order/schema.json' },
  'layout/duplicate-document': { severity: 'error', specError: 'one_resource', message: 'The document of {entity} is given twice: here and at {other}. Keep the document file and remove "{attribute}" from the attributes.', example: 'schema: {...} in Order.details.yaml beside Order.json' },
  'layout/orphan-sidecar': { severity: 'error', message: '{file} holds the attributes of {entity}, which has no document. Add the document file beside it, or write the URL of an external document ("<singular>url") or "meta.xref" in it.', example: 'schemas/Order.details.yaml without schemas/Order.json' },
  'layout/mixed-version-sources': { severity: 'error', message: '{entity} has both a document of its own ({file}) and a versions/ directory. Versions come either from history or from files: remove one of them.', example: 'Order/schema.json and Order/versions/1.json' },
  'layout/ignored-resource-attributes': { severity: 'warning', message: 'The Version attributes written on {xid} itself are ignored because it also has a "versions" map (core/spec.md §Resource Processing Algorithm). Move them into the versions they belong to.', example: 'Order: { description: x, versions: { "1": {} } }' },
  'layout/misplaced-meta': { severity: 'error', message: '"meta" may appear only in the resource\'s own attribute file, not in {file}. Move it to {target}.', example: 'versions/2.details.yaml: meta: {compatibility: none}' },

  // --- attributes -------------------------------------------------------------------------------
  'layout/derived-attribute': { severity: 'error', message: '"{name}" is derived from {from} and cannot be written here. Remove the line.', example: 'createdat: 2024-01-01T00:00:00Z' },
  'layout/ignored-derived-attribute': { severity: 'warning', message: '{file} writes attributes the build computes ({names}); they are ignored. Remove them to silence this warning.', example: '"epoch": 3 in legacy.xreg.json' },
  'layout/capabilities-authored': { severity: 'error', message: '"capabilities" cannot be written in registry.yaml: the build computes them from what it validates and serves. Remove it.', example: 'capabilities: {mutable: []}' },

  // --- ids --------------------------------------------------------------------------------------
  'layout/id-case-clash': { severity: 'error', message: 'The id "{id}" differs only in case from "{other}" at {place} in the same collection. Ids are unique ignoring case: rename one of them.', example: 'schemas/Order.json and schemas/order.avsc' },
  'layout/reserved-id': { severity: 'error', message: 'The id "{id}" is reserved: {detail}. Choose another id.', example: 'schemas/index.json.json' },
  'layout/nonportable-name': { severity: 'warning', message: 'The name "{name}" contains ":", which Windows file systems do not allow. Write the entity as a map entry in a group file or an .xreg document instead.', example: 'schemas/urn:order.json' },

  // --- formats ----------------------------------------------------------------------------------
  'layout/format-not-inferred': { severity: 'error', message: 'The format of {entity} cannot be inferred: {detail}. Write "format" in its sidecar ({sidecar}), for example `format: JsonSchema/draft/2020-12`.', example: '{"$schema": "https://example.com/my-meta-schema"}' },
  'layout/format-defaulted': { severity: 'info', message: '{entity} has no "$schema", so its format defaults to {format}. Add "$schema" to the document: all versions of a schema must keep one format.', example: '{"type": "object"}' },
  'layout/format-mismatch': { severity: 'error', message: '"format" of {entity} is {format}, but the document declares {declared}. Make them agree, or remove "format" to use the declared one.', example: 'format: JsonSchema/draft-07 over a 2020-12 $schema' },
  'layout/format-not-defined': { severity: 'warning', message: 'The document of {entity} declares {format}, a format the schema spec does not define; readers may not know it.', example: '{"$schema": "http://json-schema.org/draft-04/schema#"}' },
} as const satisfies Record<string, DiagnosticSpec>;

/** Every rule id of the layout; a typo does not compile. */
export type LayoutCode = keyof typeof layoutCatalogue;

registerCatalogue(layoutCatalogue);
