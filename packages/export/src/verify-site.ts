import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ExportError } from './export-error.js';
import { manifestEntries, sha256, type ManifestEntry, type SiteManifest } from './site-manifest.js';
import { MANIFEST_FILE, type SiteTree } from './site-types.js';

/** One difference between a site and what it should be. */
export interface VerifyFinding {
  kind: 'missing' | 'changed' | 'extra';
  /** The file path (relative to the site directory). */
  path: string;
  /** The URL fetched, when verifying over HTTP. */
  url?: string;
  /** Expected and actual SHA-256 (`changed` only). */
  expected?: string;
  actual?: string;
}

/** Options of {@link verifySite}. */
export interface VerifyOptions {
  /** The fetch to use over HTTP (default: the global fetch). */
  fetch?: typeof fetch;
}

const byPath = (a: VerifyFinding, b: VerifyFinding): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.kind < b.kind ? -1 : 1);

async function listFiles(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(dir, rel), { withFileTypes: true })) {
    const p = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) out.push(...(await listFiles(dir, p)));
    else out.push(p);
  }
  return out;
}

async function verifyDirectory(dir: string, entries: ManifestEntry[]): Promise<VerifyFinding[]> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
  } catch (e) {
    throw new ExportError('verify-target-unreadable', { target: dir, detail: (e as Error).message });
  }
  const findings: VerifyFinding[] = [];
  const expected = new Set(entries.map((e) => e.path));
  for (const e of entries) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(join(dir, e.path));
    } catch {
      findings.push({ kind: 'missing', path: e.path });
      continue;
    }
    const actual = sha256(bytes);
    if (actual !== e.sha256) findings.push({ kind: 'changed', path: e.path, expected: e.sha256, actual });
  }
  for (const p of await listFiles(dir)) if (!expected.has(p) && p !== MANIFEST_FILE) findings.push({ kind: 'extra', path: p });
  return findings.sort(byPath);
}

async function verifyHttp(target: string, entries: ManifestEntry[], f: typeof fetch): Promise<VerifyFinding[]> {
  const findings: VerifyFinding[] = [];
  for (const e of entries) {
    if (e.url === undefined) continue;
    const url = new URL(e.url, target).href;
    const res = await f(url);
    if (!res.ok) {
      findings.push({ kind: 'missing', path: e.path, url });
      continue;
    }
    const actual = sha256(new Uint8Array(await res.arrayBuffer()));
    if (actual !== e.sha256) findings.push({ kind: 'changed', path: e.path, url, expected: e.sha256, actual });
  }
  return findings.sort(byPath);
}

/**
 * Checks a site against a manifest, or against a tree rendered from a commit. `target` is a
 * directory (every manifest file must be there with the same SHA-256; other files except the
 * manifest are `extra`) or an http(s) URL of a deployed site (every served file is fetched at
 * its URL path on the target's origin; host configuration files and `extra` cannot be checked
 * over HTTP). Returns the findings sorted by path; empty means the site is exactly as expected.
 * @throws ExportError `verify-target-unreadable` when the directory does not exist.
 */
export async function verifySite(target: string, expected: SiteManifest | SiteTree, options: VerifyOptions = {}): Promise<VerifyFinding[]> {
  const entries = expected instanceof Map ? manifestEntries(expected) : expected.files;
  if (/^https?:\/\//i.test(target)) return verifyHttp(target, entries, options.fetch ?? fetch);
  return verifyDirectory(target, entries);
}
