import { describe, expect, it } from 'vitest';
import { checkCompatibility, combineVerdicts, type CompatibilityMode } from '../src/index.js';
import { fixture } from './load-fixture.js';

/**
 * v1 has `location: string`, v2 drops it, v3 re-adds it as `int` (both with defaults). Each
 * adjacent step is compatible both ways, but v3 cannot read v1's data: only the _transitive
 * modes, which compare against every earlier version, see it.
 */
const chain = ['1', '2', '3'].map((id) => ({ id, doc: fixture('avro-chain', `${id}.avsc`) }));

function summary(mode: CompatibilityMode): string[] {
  return checkCompatibility(chain, mode, 'Avro/1.11').map((p) => `${p.newId}~${p.againstId} ${p.direction} ${p.result.verdict}`);
}

describe('checkCompatibility', () => {
  it.each<[CompatibilityMode, string[]]>([
    ['backward', ['3~2 backward compatible']],
    ['forward', ['3~2 forward compatible']],
    ['full', ['3~2 backward compatible', '3~2 forward compatible']],
    ['backward_transitive', ['3~2 backward compatible', '3~1 backward incompatible']],
    ['forward_transitive', ['3~2 forward compatible', '3~1 forward incompatible']],
    ['full_transitive', ['3~2 backward compatible', '3~2 forward compatible', '3~1 backward incompatible', '3~1 forward incompatible']],
  ])('%s checks the newest version against %j', (mode, expected) => {
    expect(summary(mode)).toEqual(expected);
  });

  it('a transitive finding names the field that changed type across the skipped version', () => {
    const [, far] = checkCompatibility(chain, 'backward_transitive', 'Avro/1.11');
    expect(far?.result).toMatchObject({ verdict: 'incompatible', findings: [{ code: 'avro/type-changed', pointer: 'cloudyhq.Scan.location', args: { old: 'string', new: 'int' } }] });
  });

  it('a single version has nothing to be compatible with', () => {
    expect(checkCompatibility(chain.slice(0, 1), 'full_transitive', 'Avro/1.11')).toEqual([]);
  });

  it('a format without a checker gives unknown verdicts, never compatible', () => {
    expect(checkCompatibility(chain.slice(0, 2), 'backward', 'Thrift/0.19')).toEqual([{ newId: '2', againstId: '1', direction: 'backward', result: { verdict: 'unknown', reason: 'no compatibility checker for format "Thrift/0.19"' } }]);
  });

  it('combined verdicts are incompatible if any is, else unknown if any is, else compatible', () => {
    const incompatible = { verdict: 'incompatible' as const, findings: [{ code: 'avro/type-changed' as const, pointer: 'x', args: {} }] };
    const unknown = { verdict: 'unknown' as const, reason: 'r' };
    expect(combineVerdicts([{ verdict: 'compatible' }, unknown, incompatible]).verdict).toBe('incompatible');
    expect(combineVerdicts([{ verdict: 'compatible' }, unknown])).toEqual(unknown);
    expect(combineVerdicts([{ verdict: 'compatible' }])).toEqual({ verdict: 'compatible' });
  });
});
