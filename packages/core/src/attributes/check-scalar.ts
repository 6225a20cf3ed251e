import type { AttributeType, Model } from '../model/model-types.js';
import { isValidTarget } from '../model/check-model-references.js';
import { parseXid, xidType } from '../ids/xid.js';

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%{}]*$/;

/** Why `v` is not a valid RFC 3339 timestamp, or undefined. */
export function checkTimestamp(v: string): string | undefined {
  const m = TIMESTAMP.exec(v);
  if (!m) return 'it is not an RFC 3339 timestamp like 2024-05-01T12:00:00Z';
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > days || h > 23 || mi > 59 || s > 60) return 'it is not a real date and time';
  return undefined;
}

/** Why `v` is not a valid RFC 6570 URI template, or undefined. */
export function checkUriTemplate(v: string): string | undefined {
  let rest = v;
  for (;;) {
    const open = rest.indexOf('{');
    const close = rest.indexOf('}');
    if (open < 0) return close < 0 ? checkUriChars(rest) : 'it has a "}" without "{"';
    if (close < open) return 'it has a "}" without "{"';
    const head = checkUriChars(rest.slice(0, open));
    if (head) return head;
    const end = rest.indexOf('}', open);
    if (end < 0) return 'it has a "{" without "}"';
    const expr = rest.slice(open + 1, end);
    if (!/^[+#./;?&]?[A-Za-z0-9_%.]+(:[1-9]\d{0,3}|\*)?(,[A-Za-z0-9_%.]+(:[1-9]\d{0,3}|\*)?)*$/.test(expr)) return `"{${expr}}" is not a valid template expression`;
    rest = rest.slice(end + 1);
  }
}

function checkUriChars(v: string): string | undefined {
  if ([...v].some((c) => c.charCodeAt(0) <= 0x20 || c.charCodeAt(0) === 0x7f || /\s/.test(c))) return 'it contains white space or control characters';
  return undefined;
}

/**
 * Checks a scalar value against its core type (core/spec.md §Data Types). `target` applies to
 * xid, uri and url types (core/model.md §target). Returns a description of the problem or
 * undefined. `expected` describes the type for messages.
 */
export function checkScalar(value: unknown, type: AttributeType, model: Model, target?: string): { expected: string; problem?: string } | undefined {
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : { expected: 'true or false' };
    case 'decimal':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : { expected: 'a number' };
    case 'integer':
      return Number.isSafeInteger(value) ? undefined : { expected: 'an integer' };
    case 'uinteger':
      return Number.isSafeInteger(value) && (value as number) >= 0 ? undefined : { expected: 'an unsigned integer' };
    case 'string':
      return typeof value === 'string' ? undefined : { expected: 'a string' };
    case 'timestamp':
      return typeof value !== 'string' ? { expected: 'a timestamp string' } : problem('a timestamp', checkTimestamp(value));
    case 'xid':
      return typeof value !== 'string' ? { expected: 'an xid string' } : problem('an xid', checkXidValue(value, model, target));
    case 'xidtype':
      return typeof value !== 'string' ? { expected: 'an xidtype string' } : problem('an xidtype', checkXidType(value, model));
    case 'uritemplate':
      return typeof value !== 'string' ? { expected: 'a URI template string' } : problem('a URI template', checkUriTemplate(value));
    default:
      return typeof value !== 'string' ? { expected: `a ${type} string` } : problem(`a ${type}`, checkUriLike(value, type, model, target));
  }
}

function problem(expected: string, detail: string | undefined): { expected: string; problem?: string } | undefined {
  return detail === undefined ? undefined : { expected, problem: detail };
}

function checkUriLike(v: string, type: AttributeType, model: Model, target?: string): string | undefined {
  const chars = checkUriChars(v);
  if (chars) return chars;
  if (!URI_CHARS.test(v)) return 'it contains characters that must be percent-encoded';
  const absolute = SCHEME.test(v);
  if (type.endsWith('absolute') && !absolute) return 'it must be an absolute URI with a scheme, like https://...';
  if (type.endsWith('relative') && absolute) return 'it must be a relative reference, without a scheme';
  if (target !== undefined && v.startsWith('/')) return checkXidValue(v, model, target);
  return undefined;
}

/** Why `v` is not an xid valid for `model` (and `target`, when given), or undefined. */
export function checkXidValue(v: string, model: Model, target?: string): string | undefined {
  const parsed = parseXid(v, model);
  if (typeof parsed === 'string') return parsed;
  if (target === undefined) return undefined;
  const actual = xidType(parsed);
  const allowed = target.includes('[/versions]') ? [target.replace('[/versions]', ''), target.replace('[/versions]', '/versions')] : [target];
  if (parsed.kind === 'meta' || !allowed.includes(actual)) return `it must reference ${allowed.join(' or ')}`;
  return undefined;
}

function checkXidType(v: string, model: Model): string | undefined {
  if (v === '/') return undefined;
  const trimmed = v.endsWith('/versions') ? v.slice(0, -'/versions'.length) : v;
  if (trimmed !== v && trimmed.split('/').length !== 3) return 'it is not /<GROUPS>, /<GROUPS>/<RESOURCES> or /<GROUPS>/<RESOURCES>/versions';
  return isValidTarget(trimmed, model) ? undefined : 'it does not name a type of this model';
}
