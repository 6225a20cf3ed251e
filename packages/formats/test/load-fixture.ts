import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The bytes of test/fixtures/<format>/<name>. */
export function fixture(format: string, name: string): Uint8Array {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${format}/${name}`, import.meta.url)));
}

/** Bytes of a literal JSON value or text. */
export function bytes(doc: unknown): Uint8Array {
  return new TextEncoder().encode(typeof doc === 'string' ? doc : JSON.stringify(doc));
}
