/**
 * The xid a reference attribute (`dataschemauri`, `dataschemaxid`, `basemessageuri`, an entry of
 * an endpoint's `messagegroups`) points at, or undefined when it names nothing `known`.
 * References may be xids (`/schemagroups/g/schemas/s`), relative paths or absolute URLs of a
 * published registry (`https://host/prefix/schemagroups/g/schemas/s/versions/2`): the longest
 * path suffix that is a known xid wins, so the site's base URL does not matter.
 */
export function refTarget(ref: unknown, known: (xid: string) => boolean): string | undefined {
  if (typeof ref !== 'string' || ref === '') return undefined;
  const path = /^[a-z][a-z0-9+.-]*:/i.test(ref) ? urlPath(ref) : ref.split(/[?#]/)[0]!;
  const segments = path.replace(/\$details$/, '').split('/').filter((s) => s !== '').map(decodeSegment);
  for (let i = 0; i < segments.length; i++) {
    const candidate = `/${segments.slice(i).join('/')}`;
    if (known(candidate)) return candidate;
  }
  return undefined;
}

function urlPath(ref: string): string {
  try {
    return new URL(ref).pathname;
  } catch {
    return '';
  }
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
