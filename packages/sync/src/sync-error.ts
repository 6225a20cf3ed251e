/** Structured data of each {@link SyncError} code. The message is rendered from it. */
export interface SyncErrorData {
  /** The server could not be reached, or kept failing after the retries. */
  'server-unreachable': { method: string; url: string; detail: string; attempts: number };
  /** The server answered with a status that is not transient and not expected. */
  'http-status': { method: string; url: string; status: number; title?: string };
  /** A body that should be JSON (an object) was not. */
  'bad-response': { url: string; detail: string };
  /** The server does not speak the spec version this client writes. */
  'unsupported-specversion': { offered: string[] };
  /** The server's capabilities forbid the writes the plan needs. */
  'read-only-server': { api: string };
  /** The server's model lacks types (or differs in them) that the registry uses. */
  'model-mismatch': { problems: string[] };
}

/** Every operational failure of sync, as a string-literal union. */
export type SyncErrorCode = keyof SyncErrorData;

const render: { [C in SyncErrorCode]: (d: SyncErrorData[C]) => string } = {
  'server-unreachable': (d) => `${d.method} ${d.url} failed after ${d.attempts} attempt${d.attempts === 1 ? '' : 's'} (${d.detail}); check the URL and the network, then run the command again (it resumes where it stopped).`,
  'http-status': (d) => `${d.method} ${d.url} returned ${d.status}${d.title ? ` (${d.title.replace(/\.+$/, '')})` : ''}; ${statusHint(d.status)}`,
  'bad-response': (d) => `${d.url} did not return an xRegistry JSON object (${d.detail}); check that --server names the registry root, e.g. https://host/registry/.`,
  'unsupported-specversion': (d) => `the server supports xRegistry ${d.offered.join(', ') || '(none listed)'}, not 1.0-rc4; push to a server that lists 1.0-rc4 in capabilities.specversions.`,
  'read-only-server': (d) => `the server's capabilities say available.${d.api}.mutable is false, so it cannot be written; push to a writable server (xrgit serve --writable), or drop --apply to see the plan only.`,
  'model-mismatch': (d) => `the server's model cannot hold this registry: ${d.problems.join('; ')}; add these types to the server's model first (same plural, singular and hasdocument).`,
};

function statusHint(status: number): string {
  if (status === 401 || status === 403) return 'check the credentials (XRGIT_TOKEN or --header "Name: value").';
  if (status === 404) return 'check the URL (--server names the registry root).';
  if (status === 405) return 'the server does not allow this method here; check that it is writable.';
  return "fix what the server names (in the registry or on the server) and run the command again; see the server's log for more.";
}

/**
 * An operational failure of sync (STYLE rule 6): a literal `code`, structured `data`, and a
 * message that ends with what to do. URLs in data are display forms, without credentials or
 * query strings.
 */
export class SyncError<C extends SyncErrorCode = SyncErrorCode> extends Error {
  override readonly name = 'SyncError';
  readonly code: C;
  readonly data: SyncErrorData[C];

  constructor(code: C, data: SyncErrorData[C], options?: { cause?: unknown }) {
    super(render[code](data), options);
    this.code = code;
    this.data = data;
  }
}

/** True when `e` is a {@link SyncError}, optionally with the given code. */
export function isSyncError<C extends SyncErrorCode>(e: unknown, code?: C): e is SyncError<C> {
  return e instanceof SyncError && (code === undefined || e.code === code);
}
