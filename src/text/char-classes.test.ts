import { describe, expect, it } from 'vitest';
import { isLetterOrDigitAt } from './char-classes';

describe('isLetterOrDigitAt', () => {
  it('agrees with /[\\p{L}\\p{N}]/u on every UTF-16 code unit', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (isLetterOrDigitAt(`x${ch}`, 1) !== /[\p{L}\p{N}]/u.test(ch)) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it('is false past the end of the text', () => {
    expect(isLetterOrDigitAt('ab', 2)).toBe(false);
    expect(isLetterOrDigitAt('', 0)).toBe(false);
  });
});
