import { describe, expect, it } from 'vitest';
import { createProgram, XRGIT_VERSION } from '../src/program.js';

describe('xrgit program', () => {
  it('reports its version', () => {
    expect(createProgram().version()).toBe(XRGIT_VERSION);
  });
});
