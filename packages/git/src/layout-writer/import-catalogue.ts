import { registerCatalogue, type DiagnosticSpec } from '@xrgit/core';

/**
 * The diagnostics of writing a registry as a layout (`xrgit import`, docs/layout.md "Importing").
 * Rule ids are stable: never rename one; retire it with `deprecated` and `replacedBy`.
 */
export const importCatalogue = {
  'import/computed-attributes-ignored': { severity: 'warning', message: 'The document has attributes a registry computes ({names}, on {count} entities); the layout derives them from git history and the tree, so they are not written. Nothing to do unless you relied on their values.', example: '"epoch": 3, "createdat": "2024-01-01T00:00:00Z" in an /export body' },
  'import/reserved-id': { severity: 'error', message: 'The id "{id}" of {xid} cannot be written in the layout: {detail}. Rename the entity in the document, then import again.', example: 'schemas: { "Order.details": {...} }' },
  'import/path-clash': { severity: 'error', message: '{xid} would be written to {path}, which differs only in case from {other}; case-insensitive file systems cannot hold both. Rename one of the entities in the document.', example: 'schemas: { "Order": {...}, "order": {...} }' },
  'import/unrepresentable': { severity: 'error', message: '{xid} cannot be written in the layout: {detail}. Change the document as described, then import again.', example: 'a schema with meta but neither a document nor a schemaurl in any version' },
  'import/document-inlined': { severity: 'info', message: 'The document of {xid} is written as "{attribute}" in {file} rather than as a file of its own, because {reason}.', example: 'schemabase64 of a PNG image' },
  'import/round-trip-mismatch': { severity: 'error', message: 'Reading the written layout back would not give the imported document: {xid} {detail}. Nothing was written; please report this with the document.', example: '(an internal check; no input is known to trigger it)' },
} as const satisfies Record<string, DiagnosticSpec>;

/** Every rule id of the layout writer; a typo does not compile. */
export type ImportCode = keyof typeof importCatalogue;

registerCatalogue(importCatalogue);
