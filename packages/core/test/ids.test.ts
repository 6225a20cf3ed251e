import { describe, expect, it } from 'vitest';
import { checkId, checkVersionId, parseXid } from '../src/index.js';
import { model } from './helpers/fixtures.js';

describe('id syntax (core/spec.md §<SINGULAR>id)', () => {
  it.each(['a', 'A1', '_x', '9lives', 'com.example.orders', 'a-b_c.d~e:f@g', 'x'.repeat(128)])('accepts %s', (id) => {
    expect(checkId(id)).toBeUndefined();
  });
  it.each([['', 'empty'], ['-a', 'starts'], ['.a', 'starts'], ['~a', 'starts'], ['a/b', 'contains "/"'], ['a$b', 'contains "$"'], ['a b', 'contains " "'], ['x'.repeat(129), '129'], ['é', 'starts']])(
    'rejects %j (%s)',
    (id, why) => {
      expect(checkId(id)).toContain(why);
    },
  );
  it('reserves null and request as version ids', () => {
    expect(checkVersionId('request')).toContain('special meaning');
    expect(checkVersionId('null')).toContain('special meaning');
    expect(checkVersionId('1')).toBeUndefined();
  });
});

describe('xids (core/spec.md §xid)', () => {
  const m = model();
  it('parses every level', () => {
    expect(parseXid('/', m)).toEqual({ kind: 'registry' });
    expect(parseXid('/dirs/d1', m)).toMatchObject({ kind: 'group', gid: 'd1' });
    expect(parseXid('/dirs/d1/files/f1', m)).toMatchObject({ kind: 'resource', rid: 'f1' });
    expect(parseXid('/dirs/d1/files/f1/meta', m)).toMatchObject({ kind: 'meta' });
    expect(parseXid('/dirs/d1/files/f1/versions/v2', m)).toMatchObject({ kind: 'version', vid: 'v2' });
  });
  it.each(['dirs/d1', '/dirs', '/nope/x', '/dirs/d1/nope/x', '/dirs/d1/files/f1/versions', '/dirs//files', '/dirs/d1/files/f1/meta/x'])('rejects %s', (xid) => {
    expect(typeof parseXid(xid, m)).toBe('string');
  });
});
