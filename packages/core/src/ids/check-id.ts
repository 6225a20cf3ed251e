/**
 * Id syntax of core/spec.md §<SINGULAR>id: RFC 3986 unreserved characters plus `:` and `@`,
 * first character ALPHA, DIGIT or `_`, 1 to 128 characters.
 */
const ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9\-._~:@]{0,127}$/;

/** Returns why `id` is not a valid xRegistry id, or undefined when it is valid. */
export function checkId(id: unknown): string | undefined {
  if (typeof id !== 'string') return `it is ${describeType(id)}, not a string`;
  if (id.length === 0) return 'it is empty';
  if (id.length > 128) return `it is ${id.length} characters long (at most 128)`;
  if (ID_PATTERN.test(id)) return undefined;
  if (!/^[A-Za-z0-9_]/.test(id)) return `it starts with "${id[0]}"`;
  const bad = [...id].find((c) => !/[A-Za-z0-9\-._~:@]/.test(c));
  return `it contains "${bad}"`;
}

/** Version ids must also not be `null` or `request` (core/spec.md §versionid). */
export function checkVersionId(id: unknown): string | undefined {
  const syntax = checkId(id);
  if (syntax) return syntax;
  if (id === 'null' || id === 'request') return `"${id}" has a special meaning in requests`;
  return undefined;
}

/** A short description of a JSON value's type, for messages. */
export function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v)}`;
  return `the ${typeof v} ${String(v)}`;
}
