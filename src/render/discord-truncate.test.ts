import { describe, expect, it } from 'vitest';
import { truncateAtSentence } from './discord-truncate';

describe('truncateAtSentence', () => {
  const text = 'Die Armee meldet 12.000 Soldaten. Kiew nennt andere Zahlen. Beobachter zweifeln an beiden Angaben.';

  it('leaves text that fits untouched', () => {
    expect(truncateAtSentence(text, text.length)).toBe(text);
  });

  it('cuts after the last whole sentence that fits and marks the cut', () => {
    const out = truncateAtSentence(text, 70);
    expect(out).toBe('Die Armee meldet 12.000 Soldaten. Kiew nennt andere Zahlen. …');
    expect(out.length).toBeLessThanOrEqual(70);
  });

  it('falls back to a word boundary when even the first sentence is too long', () => {
    const out = truncateAtSentence(text, 25);
    expect(out).toBe('Die Armee meldet 12.000…');
    expect(out.length).toBeLessThanOrEqual(25);
  });

  it('does not waste the room on an early abbreviation', () => {
    const out = truncateAtSentence(`Dr. ${'Müller sagt viel '.repeat(10)}`, 60);
    expect(out.length).toBeGreaterThan(40);
    expect(out.endsWith('…')).toBe(true);
  });

  it('never exceeds the limit, whatever the text', () => {
    const long = 'Wort '.repeat(500) + 'x'.repeat(3000);
    for (const max of [1, 2, 5, 100, 1024, 2000]) {
      expect(truncateAtSentence(long, max).length).toBeLessThanOrEqual(max);
      expect(truncateAtSentence(long, max).endsWith('…')).toBe(true);
    }
  });

  it('does not split an emoji surrogate pair', () => {
    const out = truncateAtSentence('😀'.repeat(50), 10);
    expect(out.length).toBeLessThanOrEqual(10);
    expect(out).not.toMatch(/[\ud800-\udbff]…$/);
  });
});
