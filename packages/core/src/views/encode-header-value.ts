const HEX = '0123456789ABCDEF';

/**
 * Encodes an attribute value for an HTTP header (core/http.md §HTTP Header Values): UTF-8, then
 * percent-encode space, `"`, `%` and every byte outside U+0021–U+007E, upper-case hex. Nothing else
 * is encoded ("the resulting string SHOULD NOT be further encoded").
 */
export function encodeHeaderValue(value: string): string {
  let out = '';
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x21 && cp <= 0x7e && ch !== '"' && ch !== '%') {
      out += ch;
      continue;
    }
    for (const byte of Buffer.from(ch, 'utf8')) out += `%${HEX[byte >> 4]}${HEX[byte & 15]}`;
  }
  return out;
}
