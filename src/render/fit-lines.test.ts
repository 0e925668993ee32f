import { describe, expect, it } from 'vitest';
import { fitLines } from './fit-lines';

const more = (n: number) => `+${n} more`;

describe('fitLines', () => {
  it('keeps everything that fits', () => {
    expect(fitLines(['a', 'b'], 10, more)).toBe('a\nb');
  });

  it('cuts at a whole line and counts what was left out, within the budget', () => {
    const lines = ['alpha', 'beta', 'gamma', 'delta'];
    const out = fitLines(lines, 20, more);
    expect(out.length).toBeLessThanOrEqual(20);
    expect(out).toBe('alpha\nbeta\n+2 more');
  });

  it('never cuts a line in half', () => {
    const out = fitLines(['x'.repeat(30)], 20, more);
    expect(out).toBe('+1 more');
  });
});

describe('fitLines with a line cap', () => {
  it('stops at the cap and counts the rest', () => {
    expect(fitLines(['a', 'b', 'c', 'd'], 100, more, 2)).toBe('a\nb\n+2 more');
  });
});
