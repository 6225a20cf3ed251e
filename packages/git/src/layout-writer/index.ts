/** The layout writer: a registry into the files of the definitions layout (docs/layout.md), the inverse of the loader. */
export { importCatalogue, type ImportCode } from './import-catalogue.js';
export { layoutFiles, type LayoutFilesOptions } from './layout-files.js';
export { writeLayout, LayoutWriteError } from './write-layout.js';
export { withoutComputed } from './strip-computed.js';
export { layoutDifferences, type LayoutDifference } from './layout-differences.js';
export { filesSnapshot } from './files-snapshot.js';
export { placeDocument, type DocumentPlacement, type PlacementContext } from './place-document.js';
