import { describe, expect, it } from 'vitest';
import { Diagnostics } from '@xrgit/core';
import { loadLayout, type FileSnapshot } from '../../src/index.js';

function snapshot(files: Record<string, string>): FileSnapshot {
  const enc = new TextEncoder();
  return {
    files: async () => Object.keys(files).sort().map((path) => ({ path, kind: 'file' as const })),
    read: async (path) => enc.encode(files[path]!),
  };
}

describe('a full-form resource whose shared attribute file names a sticky default', () => {
  it('applies the shared attributes to every explicit version and keeps meta.defaultversionid', async () => {
    const loaded = await loadLayout(
      snapshot({
        'schemagroups/g/schemas/S/schema.details.yaml': 'description: shared\nmeta:\n  defaultversionsticky: true\n  defaultversionid: v2\n',
        'schemagroups/g/schemas/S/versions/v1.json': '{"type": "object"}\n',
        'schemagroups/g/schemas/S/versions/v2.json': '{"type": "object", "properties": {}}\n',
      }),
    );
    const d = new Diagnostics();
    d.merge(loaded.diagnostics);
    expect(d.items.filter((i) => i.severity === 'error')).toEqual([]);
    const s = loaded.registry.groups.get('schemagroups')!.get('g')!.resources.get('schemas')!.get('S')!;
    expect([...s.versions.keys()]).toEqual(['v1', 'v2']);
    expect([...s.versions.values()].map((v) => v.attributes['description'])).toEqual(['shared', 'shared']);
    expect(s.meta['defaultversionid']).toBe('v2');
  });
});

describe('two document files for one compact resource', () => {
  it('reports the second as a duplicate definition instead of replacing the first silently', async () => {
    const loaded = await loadLayout(snapshot({ 'schemagroups/g/schemas/s.avsc': '"string"\n', 'schemagroups/g/schemas/s.json': '{"type": "object"}\n' }));
    expect(loaded.diagnostics.items.filter((i) => i.severity === 'error').map((i) => [i.code, i.location.file])).toEqual([['layout/duplicate-entity', 'schemagroups/g/schemas/s.json']]);
  });
});

describe('attribute names that are Object.prototype members', () => {
  it('keeps a "__proto__" attribute of a message file and of a meta object, so validation reports it', async () => {
    const loaded = await loadLayout(
      snapshot({
        'messagegroups/g/messages/m.yaml': 'description: x\n__proto__:\n  isdefault: true\n',
        'schemagroups/s/schemas/a.json': '{"type": "object"}\n',
        'schemagroups/s/schemas/a.details.yaml': 'meta:\n  __proto__:\n    readonly: true\n',
      }),
    );
    const m = loaded.registry.groups.get('messagegroups')!.get('g')!.resources.get('messages')!.get('m')!;
    expect(Object.keys([...m.versions.values()][0]!.attributes)).toContain('__proto__');
    const a = loaded.registry.groups.get('schemagroups')!.get('s')!.resources.get('schemas')!.get('a')!;
    expect(Object.keys(a.meta)).toContain('__proto__');
    expect(Object.getPrototypeOf(a.meta)).toBe(Object.prototype);
  });
});
