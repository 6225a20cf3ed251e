/** Structured data of each {@link ExportError} code. The message is rendered from it. */
export interface ExportErrorData {
  'invalid-base-url': { baseUrl: string; reason: string };
  'invalid-profile': { profile: string };
  'invalid-index-file': { indexFile: string };
  'path-clash': { path: string; other: string };
  'unsafe-out-dir': { outDir: string; reason: 'filesystem-root' | 'repository-root' | 'not-a-directory' };
  'out-dir-not-a-site': { outDir: string };
  'path-outside-out-dir': { path: string };
  'verify-target-unreadable': { target: string; detail: string };
}

/** Every operational failure of the export, as a string-literal union. */
export type ExportErrorCode = keyof ExportErrorData;

const unsafe = { 'filesystem-root': 'the root of the file system', 'repository-root': 'the root of a git repository', 'not-a-directory': 'a file, not a directory' } as const;

const render: { [C in ExportErrorCode]: (d: ExportErrorData[C]) => string } = {
  'invalid-base-url': (d) => `the base URL "${d.baseUrl}" ${d.reason}; pass an absolute http(s) URL without query or fragment, for example https://example.github.io/registry/.`,
  'invalid-profile': (d) => `"${d.profile}" is no host profile; use pages, nginx, netlify, xr or s3.`,
  'invalid-index-file': (d) => `"${d.indexFile}" cannot be the index file name; use a plain file name such as index.html or index.json.`,
  'path-clash': (d) => `the site needs "${d.path}" both as a file and as a directory (because of "${d.other}"); rename the entity whose id clashes with the index file name or with a collection name.`,
  'unsafe-out-dir': (d) => `refusing to write the site to "${d.outDir}", which is ${unsafe[d.reason]}; choose a dedicated output directory such as ./site.`,
  'out-dir-not-a-site': (d) =>
    `"${d.outDir}" is not empty and holds no xrgit-manifest.json, so it was not written by xrgit and would be replaced; choose an empty or new directory, or delete it yourself first.`,
  'path-outside-out-dir': (d) => `the site file "${d.path}" would be written outside the output directory; site paths must be relative and must not contain "..".`,
  'verify-target-unreadable': (d) => `cannot read "${d.target}" (${d.detail}); pass an existing directory or an http(s) URL.`,
};

/**
 * An operational failure of the export (STYLE rule 6): a literal `code`, structured `data`, and a
 * message that ends with what to do.
 */
export class ExportError<C extends ExportErrorCode = ExportErrorCode> extends Error {
  override readonly name = 'ExportError';
  readonly code: C;
  readonly data: ExportErrorData[C];

  constructor(code: C, data: ExportErrorData[C], options?: { cause?: unknown }) {
    super(render[code](data), options);
    this.code = code;
    this.data = data;
  }
}

/** True when `e` is an {@link ExportError}, optionally with the given code. */
export function isExportError<C extends ExportErrorCode>(e: unknown, code?: C): e is ExportError<C> {
  return e instanceof ExportError && (code === undefined || e.code === code);
}
