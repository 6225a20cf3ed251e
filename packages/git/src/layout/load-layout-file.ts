import { checkId, checkVersionId } from '@xrgit/core';
import { classifyPath, type PathEntity } from './classify-path.js';
import { emptyContribution, type FileContribution, type LayoutDiagnostics } from './file-contribution.js';
import type { LayoutContext } from './layout-context.js';
import { readDocumentFile } from './read-document-file.js';
import { readEntityFile } from './read-entity-file.js';

/**
 * Reads one file of the registry directory: classifies it by its path (docs/layout.md §3-§14)
 * and returns what it contributes, reporting the problems of this file alone to `diagnostics`.
 * Whole-tree rules (duplicates, orphans, inference from the Group) are left to
 * `mergeContributions`. Pure: the same path and bytes always give the same contribution, so
 * history derivation can re-read only the files a commit changed.
 *
 * @param path relative to the registry directory, `/` separators.
 */
export function loadLayoutFile(path: string, bytes: Uint8Array, ctx: LayoutContext, diagnostics: LayoutDiagnostics): FileContribution {
  const cls = classifyPath(path, ctx);
  const c = emptyContribution(path, cls.kind);
  if (cls.problem) diagnostics.report(cls.problem.code, cls.problem.args, { file: path });
  if (cls.kind === 'ignored' || cls.kind === 'unknown') return c;
  const e = cls.entity;
  if (e && !checkNames(path, e, diagnostics)) return c;
  if (cls.kind === 'resource-document' || cls.kind === 'version-document') readDocumentFile(c, e!, bytes, ctx, diagnostics);
  else readEntityFile(c, bytes, ctx, diagnostics, e);
  return c;
}

/** Checks the ids a path gives; false when one is malformed (the file is then not read). */
function checkNames(path: string, e: PathEntity, diagnostics: LayoutDiagnostics): boolean {
  let ok = true;
  const names: Array<[string | undefined, (id: unknown) => string | undefined]> = [[e.gid, checkId], [e.rid, checkId], [e.vid, checkVersionId]];
  for (const [id, check] of names) {
    if (id === undefined) continue;
    const bad = check(id);
    if (bad) {
      diagnostics.report('id/malformed', { id, detail: bad }, { file: path });
      ok = false;
    } else if (id.includes(':')) diagnostics.report('layout/nonportable-name', { name: id }, { file: path });
  }
  return ok;
}
