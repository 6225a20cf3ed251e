/**
 * Splits a JSON Pointer (RFC 6901) into its unescaped reference tokens. `""` is the whole
 * document. Also accepts the `#`-prefixed URI fragment form.
 */
export function parsePointer(pointer: string): string[] {
  let p = pointer.startsWith('#') ? decodeURIComponent(pointer.slice(1)) : pointer;
  if (p === '' || p === '/') return p === '' ? [] : [''];
  if (!p.startsWith('/')) p = `/${p}`;
  return p
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Builds a JSON Pointer from tokens, escaping `~` and `/`. */
export function formatPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => `/${String(t).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
