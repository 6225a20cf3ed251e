import { describe, expect, it } from 'vitest';
import { computeLineage, type ResourceModel, type ResourceNode } from '../src/index.js';
import { model } from './helpers/fixtures.js';

const files = model().groups['dirs']!.resources['files']!;
const withMode = (versionmode: string): ResourceModel => ({ ...files, versionmode, singleversionroot: versionmode !== 'manual' });
function resource(versions: Record<string, Record<string, unknown>>, meta: Record<string, unknown> = {}): ResourceNode {
  return { id: 'f', meta, versions: new Map(Object.entries(versions).map(([id, attributes]) => [id, { id, attributes }])) };
}

describe('versionmode and default versions (core/model.md §versionmode)', () => {
  it('manual: versions without ancestorid chain in ascending case-insensitive id order', () => {
    const l = computeLineage(resource({ b: {}, a: {}, C: {} }), files);
    expect([...l.ancestors.entries()].sort()).toEqual([['C', 'b'], ['a', 'a'], ['b', 'a']]);
    expect(l.newest).toBe('C');
    expect(l.defaultVersionId).toBe('C');
  });

  it('manual: the order is lexicographic, so v10 comes before v9 (a known spec quirk)', () => {
    const l = computeLineage(resource({ v9: {}, v10: {} }), files);
    expect(l.ancestors.get('v9')).toBe('v10');
    expect(l.defaultVersionId).toBe('v9');
  });

  it('manual: the newest leaf by createdat wins, ties to the highest id', () => {
    const l = computeLineage(
      resource({
        '1': { ancestorid: '1', createdat: '2024-01-01T00:00:00Z' },
        '2': { ancestorid: '1', createdat: '2024-03-01T00:00:00Z' },
        '3': { ancestorid: '1', createdat: '2024-02-01T00:00:00Z' },
      }),
      files,
    );
    expect(l.newest).toBe('2');
  });

  it('createdat: a linear chain by createdat, ties by id', () => {
    const l = computeLineage(resource({ x: { createdat: '2024-02-01T00:00:00Z' }, y: { createdat: '2024-01-01T00:00:00Z' }, z: { createdat: '2024-02-01T00:00:00Z' } }), withMode('createdat'));
    expect(l.order).toEqual(['y', 'x', 'z']);
    expect(l.ancestors.get('x')).toBe('y');
    expect(l.defaultVersionId).toBe('z');
  });

  it('semver: ordered by precedence; non-semver ids are reported', () => {
    const l = computeLineage(resource({ '1.10.0': {}, '1.2.0': {}, '1.2.0-rc.1': {}, '2.0.0': {} }), withMode('semver'));
    expect(l.order).toEqual(['1.2.0-rc.1', '1.2.0', '1.10.0', '2.0.0']);
    expect(l.defaultVersionId).toBe('2.0.0');
    expect(computeLineage(resource({ latest: {} }), withMode('semver')).problems).toEqual([{ kind: 'invalid-semver', version: 'latest' }]);
  });

  it('a sticky default stays put; a non-sticky defaultversionid is ignored', () => {
    expect(computeLineage(resource({ '1': {}, '2': {} }, { defaultversionsticky: true, defaultversionid: '1' }), files).defaultVersionId).toBe('1');
    expect(computeLineage(resource({ '1': {}, '2': {} }, { defaultversionid: '1' }), files).defaultVersionId).toBe('2');
  });

  it('detects ancestor cycles once', () => {
    const l = computeLineage(resource({ '1': { ancestorid: '3' }, '2': { ancestorid: '1' }, '3': { ancestorid: '2' } }), files);
    expect(l.problems.filter((p) => p.kind === 'cycle')).toHaveLength(1);
  });
});

describe('manual mode with some authored ancestors', () => {
  it('processes versions in id order, so a version without ancestorid before one that names it is a root', () => {
    const l = computeLineage(resource({ '1': {}, '2': { ancestorid: '1' } }), files);
    expect([...l.ancestors.entries()].sort()).toEqual([['1', '1'], ['2', '1']]);
    expect(l.problems).toEqual([]);
    expect(l.defaultVersionId).toBe('2');
  });
});
