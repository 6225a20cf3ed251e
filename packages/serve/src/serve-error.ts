/** How one spec-defined error is answered (core/spec.md §Error Processing, core/http.md §Error Processing). */
interface ErrorSpec {
  status: number;
  /** The title with `<placeholders>` filled from args (and `<subject>`). */
  title: string;
  /** Which spec document defines it: the type URI points there. */
  doc: 'spec' | 'http';
}

/** The read-time errors this server produces, as the spec names and words them. */
export const SERVE_ERRORS = {
  api_not_found: { status: 404, doc: 'http', title: 'The specified API is not supported: <subject>.' },
  not_found: { status: 404, doc: 'spec', title: 'The targeted entity (<subject>) cannot be found.' },
  bad_details: { status: 400, doc: 'spec', title: 'Use of "$details" in this context is not allowed: <subject>.' },
  bad_flag: { status: 400, doc: 'spec', title: 'The specified flag (<flag>) is not allowed in this context: <subject>.' },
  bad_inline: { status: 400, doc: 'spec', title: 'For "<subject>", an error was found in "inline" value (<value>): <error_detail>.' },
  inline_noninlineable: { status: 400, doc: 'spec', title: 'Attempting to inline a non-inlineable attribute (<name>) on: <subject>.' },
  bad_filter: { status: 400, doc: 'spec', title: 'For "<subject>", an error was found in "filter" value (<value>): <error_detail>.' },
  bad_sort: { status: 400, doc: 'spec', title: 'For "<subject>", an error was found in "sort" value (<value>): <error_detail>.' },
  sort_noncollection: { status: 400, doc: 'spec', title: "Can't sort on a non-collection result set. Query path: <subject>." },
  cannot_doc_xref: { status: 400, doc: 'spec', title: 'Retrieving the document view of a Version for "<subject>" is not allowed because it uses "xref".' },
  unsupported_specversion: { status: 400, doc: 'spec', title: 'The specified "specversion" value (<specversion>) is not supported. Supported versions: <list>.' },
  action_not_supported: { status: 405, doc: 'spec', title: 'The specified action (<action>) is not supported for: <subject>.' },
  server_error: { status: 500, doc: 'spec', title: 'An unexpected error occurred, please try again later.' },
} as const satisfies Record<string, ErrorSpec>;

export type ServeErrorCode = keyof typeof SERVE_ERRORS;

/**
 * A request the server answers with a spec error. Thrown while handling a request (any error
 * undoes the whole request, core/spec.md §Error Processing) and turned into a problem-details
 * body at the edge by {@link problemBody}.
 */
export class ServeError extends Error {
  constructor(
    readonly code: ServeErrorCode,
    /** A request path or xid starting with `/`. */
    readonly subject: string,
    readonly args: Record<string, string> = {},
  ) {
    super(renderTitle(code, subject, args));
    this.name = 'ServeError';
  }

  get status(): number {
    return SERVE_ERRORS[this.code].status;
  }
}

function renderTitle(code: ServeErrorCode, subject: string, args: Record<string, string>): string {
  return SERVE_ERRORS[code].title.replace(/<([a-z][a-z0-9_]*)>/g, (m, name: string) => (name === 'subject' ? subject : (args[name] ?? m)));
}

/** The problem-details body of an error: type, title, subject and (when it has any) args. */
export function problemBody(error: ServeError): Record<string, unknown> {
  const spec = SERVE_ERRORS[error.code];
  const body: Record<string, unknown> = {
    type: `https://github.com/xregistry/spec/blob/main/core/${spec.doc}.md#${error.code}`,
    title: error.message,
    subject: error.subject,
  };
  if (Object.keys(error.args).length > 0) body['args'] = error.args;
  return body;
}
