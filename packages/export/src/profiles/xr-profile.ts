import type { SiteFile } from '../site-types.js';
import { configFile, ownHeaders, servedFiles, type HostAdapter, type ProfileContext } from './host-adapter.js';

/** The reference's JSON sidecar: exactly these 30 bytes (static-layout-and-clients.md §2.3). */
export const XR_JSON_SIDECAR = 'content-type: application/json';

/** Lower-case `name:value` lines, sorted, no space after the colon, no final newline (§2.3). */
function documentSidecar(file: SiteFile, common: Record<string, string>): string {
  const lines = [`content-type:${file.contentType}`, ...ownHeaders(file, common).map(([n, v]) => `${n.toLowerCase()}:${v}`)];
  return lines.sort().join('\n');
}

/** The document's `P` (the URL path without the index file): `…/f1/index.html` → `…/f1`. */
function documentStem(path: string, ctx: ProfileContext): string {
  return path.slice(0, -(ctx.indexFile.length + 1));
}

/**
 * The reference `xr serve`: `index.html` directory indexes and `.hdr` header sidecars in the
 * exact `xr download` layout (static-layout-and-clients.md §2.2): every JSON file `X` gets `X.hdr`
 * with the JSON content type; a document at `P/index.html` gets its headers in `P.hdr` (the
 * document file itself has none). External documents get nothing: `xr serve` cannot redirect.
 */
export const xrProfile: HostAdapter = {
  indexFile: 'index.html',
  files(ctx) {
    const out: Array<[string, SiteFile]> = [];
    for (const [path, file] of servedFiles(ctx.tree)) {
      const isDocument = ownHeaders(file, ctx.common).length > 0;
      if (isDocument) out.push([`${documentStem(path, ctx)}.hdr`, configFile(documentSidecar(file, ctx.common))]);
      else out.push([`${path}.hdr`, configFile(XR_JSON_SIDECAR)]);
    }
    return out;
  },
};
