/**
 * Replaces every occurrence of a secret in `text` with `***`. Secrets are the values of
 * credentials headers (and their base64 or bearer forms, which are given as secrets of their own);
 * values shorter than 4 characters are not masked, since they would mask ordinary words.
 */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) if (s.length >= 4) out = out.split(s).join('***');
  return out;
}
