/** How one spec-defined write-time error is answered (core/spec.md §Error Processing). */
interface WriteErrorSpec {
  status: number;
  title: string;
}

/** The write-time errors of the writable server, as the spec names and words them (spec-core-digest §5.2). */
export const WRITE_ERRORS = {
  action_not_supported: { status: 405, title: 'The specified action (<action>) is not supported for: <subject>.' },
  bad_defaultversionid: { status: 400, title: 'The "defaultversionid" (<value>) for "<subject>" is not valid: <error_detail>.' },
  bad_ignore: { status: 400, title: 'The specified "ignore" value (<value>) is not supported.' },
  bad_request: { status: 400, title: 'The request cannot be processed as provided: <error_detail>.' },
  details_required: { status: 405, title: '$details suffix is needed when using PATCH for entity: <subject>.' },
  groups_only: { status: 400, title: 'Attribute "<name>" is invalid. Only Group types are allowed to be specified on this request: <subject>.' },
  malformed_id: { status: 400, title: 'The specified ID value (<id>) is malformed: <error_detail>.' },
  mismatched_epoch: { status: 400, title: 'The specified epoch value (<bad_epoch>) for "<subject>" does not match its current value (<epoch>).' },
  mismatched_id: { status: 400, title: 'The specified "<singular>id" value (<invalid_id>) for "<subject>" needs to be "<expected_id>".' },
  missing_body: { status: 400, title: 'The request is missing an HTTP body - try \'{}\'.' },
  missing_versions: { status: 400, title: 'At least one Version needs to be included in the request to process "<subject>".' },
  not_found: { status: 404, title: 'The targeted entity (<subject>) cannot be found.' },
  parsing_data: { status: 400, title: 'There was an error while parsing the input data: <error_detail>.' },
  resources_only: { status: 400, title: 'Attribute "<name>" is invalid. Only Resource types are allowed to be specified on this request: <subject>.' },
  api_not_found: { status: 404, title: 'The specified API is not supported: <subject>.' },
  bad_details: { status: 400, title: 'Use of "$details" in this context is not allowed: <subject>.' },
} as const satisfies Record<string, WriteErrorSpec>;

export type WriteErrorCode = keyof typeof WRITE_ERRORS;

/** A write the server refuses with a spec error; nothing of the request is kept (core/spec.md §Error Processing). */
export class WriteError extends Error {
  override readonly name = 'WriteError';

  constructor(
    readonly code: WriteErrorCode,
    /** An xid or request path starting with `/`. */
    readonly subject: string,
    readonly args: Record<string, string> = {},
  ) {
    super(WRITE_ERRORS[code].title.replace(/<([a-z][a-z0-9_]*)>/g, (m, n: string) => (n === 'subject' ? subject : (args[n] ?? m))));
  }

  get status(): number {
    return WRITE_ERRORS[this.code].status;
  }
}

/** The problem-details body of a write error. */
export function writeProblemBody(e: WriteError): Record<string, unknown> {
  return {
    type: `https://github.com/xregistry/spec/blob/main/core/spec.md#${e.code}`,
    title: e.message,
    subject: e.subject,
    ...(Object.keys(e.args).length > 0 ? { args: e.args } : {}),
  };
}
