/**
 * A media type in comparable form (message/spec.md §datacontenttype, RFC 2046): type, subtype and
 * parameter names lower-cased, parameters sorted; parameter values kept as written.
 */
export function normalizeMediaType(value: string): string {
  const [essence = '', ...params] = value.split(';').map((p) => p.trim());
  const normalized = params
    .filter((p) => p !== '')
    .map((p) => {
      const eq = p.indexOf('=');
      return eq < 0 ? p.toLowerCase() : `${p.slice(0, eq).trim().toLowerCase()}=${p.slice(eq + 1).trim()}`;
    })
    .sort();
  return [essence.toLowerCase(), ...normalized].join(';');
}
