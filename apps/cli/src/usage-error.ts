/**
 * A problem with how the command was called or with its environment (a missing file, a bad
 * option value): printed as one line without a stack trace, exit code 2.
 */
export class UsageError extends Error {
  readonly code = 'usage';
}
