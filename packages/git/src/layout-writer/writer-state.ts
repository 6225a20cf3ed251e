import type { Diagnostics } from '@xrgit/core';
import type { ImportCode } from './import-catalogue.js';
import { yamlText } from './yaml-text.js';

/** The files being produced by {@link layoutFiles}, and where its problems go. */
export interface WriterState {
  files: Map<string, Uint8Array>;
  /** Which entity each path was written for (for `import/path-clash`). */
  owners: Map<string, string>;
  diagnostics: Diagnostics<ImportCode>;
}

/** Adds a file: bytes as they are, an object as a YAML attribute file. */
export function putFile(state: WriterState, path: string, content: Uint8Array | Record<string, unknown>, xid: string): void {
  state.files.set(path, content instanceof Uint8Array ? content : new TextEncoder().encode(yamlText(content)));
  state.owners.set(path, xid);
}
