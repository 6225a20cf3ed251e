import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'xrgit-import-'));
const bin = join(import.meta.dirname, '..', 'dist', 'bin.js');

const doc = {
  registryid: 'imported',
  schemagroups: {
    'com.example': {
      schemas: {
        Order: {
          meta: { compatibility: 'backward' },
          versions: {
            '1': { format: 'JsonSchema/draft-07', ancestorid: '1', schema: { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', additionalProperties: false } },
            '2': { format: 'JsonSchema/draft-07', ancestorid: '1', schema: { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { id: { type: 'string' } }, additionalProperties: false } },
          },
        },
      },
    },
  },
  messagegroups: {
    'com.example': {
      envelope: 'CloudEvents/1.0',
      messages: {
        'com.example.OrderPlaced': {
          envelope: 'CloudEvents/1.0',
          envelopemetadata: { type: { value: 'com.example.OrderPlaced' }, source: { value: '/orders' } },
          dataschemaformat: 'JsonSchema/draft-07',
          dataschemauri: '/schemagroups/com.example/schemas/Order',
        },
      },
    },
  },
};
const EXPECTED_FILES = [
  'messagegroups/com.example/messagegroup.yaml',
  'messagegroups/com.example/messages/com.example.OrderPlaced.yaml',
  'registry.yaml',
  'schemagroups/com.example/schemas/Order/schema.details.yaml',
  'schemagroups/com.example/schemas/Order/versions/1.details.yaml',
  'schemagroups/com.example/schemas/Order/versions/1.json',
  'schemagroups/com.example/schemas/Order/versions/2.details.yaml',
  'schemagroups/com.example/schemas/Order/versions/2.json',
];

function file(name: string, content: unknown): string {
  const path = join(root, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
}

/** Runs the binary without blocking this process, so that the test's HTTP server can answer it. */
function runCliAsync(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

describe('xrgit import', () => {
  it('writes the layout of a valid document, prints a summary, and the result validates', () => {
    const into = join(root, 'from-file');
    const r = runCli(['import', file('valid.xreg.json', doc), '--into', into]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^no problems\nImported .*valid\.xreg\.json into .*from-file: 2 groups, 2 resources, 3 versions, 8 files written\.\n/);
    expect(filesUnder(into)).toEqual(EXPECTED_FILES);
    expect(readFileSync(join(into, 'schemagroups/com.example/schemas/Order/versions/2.details.yaml'), 'utf8')).toBe('ancestorid: "1"\ncontenttype: application/json\n');
    const v = runCli(['validate', into]);
    expect(v.stdout).toBe('no problems\n');
    expect(v.code).toBe(0);
  });

  it('imports a YAML document and reports the summary as JSON with --format json', () => {
    const into = join(root, 'from-yaml');
    const r = runCli(['import', file('valid.xreg.yaml', 'messagegroups:\n  g:\n    messages:\n      m1:\n        envelope: CloudEvents/1.0\n        envelopemetadata:\n          type:\n            value: m1\n'), '--into', into, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ diagnostics: [], errors: 0, warnings: 0, imported: { into, groups: 1, resources: 1, versions: 1, files: ['messagegroups/g/messages/m1.yaml'] } });
  });

  it('refuses a directory that already holds a registry with exit code 2 and writes nothing', () => {
    const into = join(root, 'existing');
    mkdirSync(join(into, 'schemagroups'), { recursive: true });
    writeFileSync(join(into, 'registry.yaml'), 'registryid: old\n');
    const r = runCli(['import', file('valid2.xreg.json', doc), '--into', into]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already holds a registry \(registry\.yaml, schemagroups\); nothing was imported/);
    expect(filesUnder(into)).toEqual(['registry.yaml']);
  });

  it('refuses an invalid document with exit code 1, prints its errors and writes nothing', () => {
    const bad = structuredClone(doc) as Record<string, unknown>;
    (bad['messagegroups'] as Record<string, Record<string, Record<string, Record<string, unknown>>>>)['com.example']!['messages']!['com.example.OrderPlaced']!['colour'] = 'red';
    const into = join(root, 'invalid');
    const path = file('invalid.xreg.json', bad);
    const r = runCli(['import', path, '--into', into]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${path}:`);
    expect(r.stdout).toMatch(/error attribute\/unknown: Unknown attribute "colour"/);
    expect(r.stdout).toMatch(/Nothing was written\.\n$/);
    expect(existsSync(into)).toBe(false);
  });

  it('exits 2 for a missing source file', () => {
    const r = runCli(['import', join(root, 'nope.json'), '--into', join(root, 'nope')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^xrgit: no such file: /);
  });

  describe('from a URL', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = createServer((req, res) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        if (path === '/export') {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(doc));
        } else if (path === '/page') {
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end('<html>');
        } else {
          res.writeHead(404);
          res.end();
        }
      });
      await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

    it('fetches the document and writes the same layout as from a file', async () => {
      const into = join(root, 'from-url');
      const r = await runCliAsync(['import', `${base}/export?token=secret`, '--into', into]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Imported ${base}/export into`);
      expect(r.stdout).not.toContain('secret');
      expect(filesUnder(into)).toEqual(EXPECTED_FILES);
    });

    it('exits 2 with the status for a URL that does not answer 200, and for one that returns no document', async () => {
      const missing = await runCliAsync(['import', `http://user:pw@127.0.0.1:${new URL(base).port}/missing`, '--into', join(root, 'url-404')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toBe(`xrgit: GET ${base}/missing returned 404 Not Found; nothing was imported. Check the URL.\n`);
      const page = await runCliAsync(['import', `${base}/page`, '--into', join(root, 'url-html')]);
      expect(page.code).toBe(2);
      expect(page.stderr).toMatch(/did not return an xRegistry document/);
    });
  });
});
