/** Structured data of each {@link GitError} code. The message is rendered from it. */
export interface GitErrorData {
  'not-a-repository': { dir: string };
  'unsupported-repository': { dir: string; reason: string };
  'ref-not-found': { ref: string };
  'object-missing': { oid: string; expected: 'blob' | 'commit'; found?: string };
  'shallow-clone': { commit: string };
  'not-an-ancestor': { since: string; ref: string };
  'git-missing': { command: string; detail: string };
  'git-failed': { args: string[]; exitCode: number | null; stderr: string };
  'invalid-backend': { value: string; source: string };
  'not-in-snapshot': { path: string; reason: 'missing' | 'symlink-outside' | 'symlink-broken' };
}

/** Every operational failure of the git layer, as a string-literal union. */
export type GitErrorCode = keyof GitErrorData;

const render: { [C in GitErrorCode]: (d: GitErrorData[C]) => string } = {
  'not-a-repository': (d) => `"${d.dir}" is not the root of a git working tree; run xrgit from the repository root or run git init there.`,
  'unsupported-repository': (d) => `the repository at "${d.dir}" cannot be read by the isomorphic-git backend (${d.reason}); install git or set XRGIT_GIT_BACKEND=git-cli.`,
  'ref-not-found': (d) => `"${d.ref}" names no commit in this repository; check the spelling, or fetch it first: git fetch origin ${d.ref}.`,
  'object-missing': (d) =>
    `object ${d.oid} is ${d.found ? `a ${d.found}, not a ${d.expected}` : `not in the repository`}; fetch the missing history (git fetch --unshallow) or pass a ${d.expected} id.`,
  'shallow-clone': (d) =>
    `history stops at ${d.commit} because this is a shallow clone, so versions cannot be derived; fetch the full history: git fetch --unshallow, or actions/checkout with fetch-depth: 0.`,
  'not-an-ancestor': (d) => `${d.since} is not on the first-parent history of ${d.ref}; read the full history instead (drop the cached starting commit).`,
  'git-missing': (d) => `cannot run "${d.command}" (${d.detail}); install git 2.31 or later, or set XRGIT_GIT_BACKEND=isomorphic-git.`,
  'not-in-snapshot': (d) =>
    d.reason === 'missing'
      ? `"${d.path}" is not in this snapshot; read only paths that files() lists.`
      : `"${d.path}" is a symbolic link ${d.reason === 'symlink-outside' ? 'that leads outside the repository' : 'to nothing readable'} and is never read; replace it with the file itself.`,
  'invalid-backend': (d) => `${d.source} is "${d.value}", which is no git backend; use auto, isomorphic-git or git-cli.`,
  'git-failed': (d) =>
    `git ${d.args.join(' ')} failed with exit code ${d.exitCode ?? 'none'}: ${d.stderr.trim() || '(no output)'}; check the repository with git fsck.`,
};

/**
 * An operational failure of the git layer (STYLE rule 6): a literal `code`, structured `data`,
 * and a message that ends with what to do. Content problems are never thrown as GitError.
 */
export class GitError<C extends GitErrorCode = GitErrorCode> extends Error {
  override readonly name = 'GitError';
  readonly code: C;
  readonly data: GitErrorData[C];

  constructor(code: C, data: GitErrorData[C], options?: { cause?: unknown }) {
    super(render[code](data), options);
    this.code = code;
    this.data = data;
  }
}

/** True when `e` is a {@link GitError}, optionally with the given code. */
export function isGitError<C extends GitErrorCode>(e: unknown, code?: C): e is GitError<C> {
  return e instanceof GitError && (code === undefined || e.code === code);
}
