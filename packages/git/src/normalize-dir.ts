/**
 * A directory argument in the one form every backend uses: repository-relative, `/`
 * separators, no leading `./` or `/`, no trailing `/`; `''` for the repository root.
 */
export function normalizeDir(dir: string | undefined): string {
  if (dir === undefined) return '';
  const parts = dir.replaceAll('\\', '/').split('/').filter((p) => p !== '' && p !== '.');
  return parts.join('/');
}

/** True when the repository path `path` lies under the normalized directory `dir`. */
export function isUnder(path: string, dir: string): boolean {
  return dir === '' || path.startsWith(`${dir}/`);
}
