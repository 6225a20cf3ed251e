import { describe, expect, it } from 'vitest';
import { applyCommit } from '../../src/history/apply-commit.js';
import { emptyHistory, type DerivedHistory } from '../../src/history/derived-history.js';
import type { EntityPrint } from '../../src/history/entity-print.js';

const R = '/schemagroups/g/schemas/s';
const G = '/schemagroups/g';
const group = (attrs = 'g0'): EntityPrint => ({ level: 'group', attrs });
const res = (doc: string, versionAttrs = 'a0', meta = 'm0'): EntityPrint => ({ level: 'resource', attrs: meta, history: { doc, versionAttrs, attributes: { v: versionAttrs }, docBlob: `blob-${doc}` } });
const reg = (attrs = 'r0'): EntityPrint => ({ level: 'registry', attrs });

/** Applies commits given as full print maps; commit i happens on day i+1. */
function run(commits: Array<Record<string, EntityPrint>>): DerivedHistory {
  const h = emptyHistory();
  commits.forEach((prints, i) => {
    const next = new Map(Object.entries(prints));
    const affected = new Set([...Object.keys(h.prints), ...next.keys()]);
    applyCommit(h, { oid: `c${i}`, time: `2024-01-0${i + 1}T00:00:00Z` }, next, affected);
  });
  return h;
}

describe('deriving versions, epochs and timestamps from commits (DESIGN.md §3)', () => {
  it('creates version 1 on the first commit, with createdat = modifiedat = the commit time', () => {
    const h = run([{ '/': reg(), [G]: group(), [R]: res('d1') }]);
    expect(h.resources[R]!.versions).toEqual([{ id: '1', ancestorid: '1', doc: 'd1', docBlob: 'blob-d1', attributes: { v: 'a0' }, epoch: 1, createdat: '2024-01-01T00:00:00Z', modifiedat: '2024-01-01T00:00:00Z' }]);
    expect(h.times[R]).toEqual({ epoch: 1, createdat: '2024-01-01T00:00:00Z', modifiedat: '2024-01-01T00:00:00Z' });
    expect(h.times['/']!.epoch).toBe(1);
  });

  it('adds version 2 with ancestor 1 on a document change and bumps the resource (meta) epoch', () => {
    const h = run([{ '/': reg(), [G]: group(), [R]: res('d1') }, { '/': reg(), [G]: group(), [R]: res('d2') }]);
    expect(h.resources[R]!.versions.map((v) => [v.id, v.ancestorid, v.createdat])).toEqual([
      ['1', '1', '2024-01-01T00:00:00Z'],
      ['2', '1', '2024-01-02T00:00:00Z'],
    ]);
    expect(h.times[R]).toEqual({ epoch: 2, createdat: '2024-01-01T00:00:00Z', modifiedat: '2024-01-02T00:00:00Z' });
    expect(h.times[G]!.epoch).toBe(1);
  });

  it('updates the newest version in place on an attribute-only change', () => {
    const h = run([{ [G]: group(), [R]: res('d1', 'a0') }, { [G]: group(), [R]: res('d1', 'a1') }]);
    const v = h.resources[R]!.versions;
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ id: '1', epoch: 2, createdat: '2024-01-01T00:00:00Z', modifiedat: '2024-01-02T00:00:00Z', attributes: { v: 'a1' } });
    expect(h.times[R]!.epoch).toBe(1);
  });

  it('bumps meta on a meta change without adding a version', () => {
    const h = run([{ [G]: group(), [R]: res('d1', 'a0', 'm0') }, { [G]: group(), [R]: res('d1', 'a0', 'm1') }]);
    expect(h.resources[R]!.versions).toHaveLength(1);
    expect(h.times[R]).toMatchObject({ epoch: 2, modifiedat: '2024-01-02T00:00:00Z' });
  });

  it('never reuses a version id after deletion and re-creation, and keeps epochs rising', () => {
    const h = run([
      { [G]: group(), [R]: res('d1') },
      { [G]: group(), [R]: res('d2') },
      { [G]: group() },
      { [G]: group(), [R]: res('d1') },
    ]);
    expect(h.resources[R]!.versions.map((v) => [v.id, v.ancestorid])).toEqual([['3', '3']]);
    expect(h.times[R]).toEqual({ epoch: 3, createdat: '2024-01-04T00:00:00Z', modifiedat: '2024-01-04T00:00:00Z' });
    expect(h.times[G]!.epoch).toBe(3);
  });

  it('bumps a parent once per commit for children added or removed, but not for children modified', () => {
    const R2 = `${G}/schemas/t`;
    const h = run([{ [G]: group(), [R]: res('d1') }, { [G]: group(), [R]: res('d2'), [R2]: res('x') }, { [G]: group(), [R]: res('d3'), [R2]: res('x') }]);
    expect(h.times[G]).toEqual({ epoch: 2, createdat: '2024-01-01T00:00:00Z', modifiedat: '2024-01-02T00:00:00Z' });
  });

  it('tracks explicit versions as entities of their own', () => {
    const V = `${R}/versions/1`;
    const explicit: EntityPrint = { level: 'resource', attrs: 'm' };
    const h = run([
      { [G]: group(), [R]: explicit, [V]: { level: 'version', attrs: 'x', doc: 'd' } },
      { [G]: group(), [R]: explicit, [V]: { level: 'version', attrs: 'y', doc: 'd' } },
    ]);
    expect(h.times[V]).toEqual({ epoch: 2, createdat: '2024-01-01T00:00:00Z', modifiedat: '2024-01-02T00:00:00Z' });
    expect(h.times[R]!.epoch).toBe(1);
    expect(h.resources[R]).toBeUndefined();
  });
});
