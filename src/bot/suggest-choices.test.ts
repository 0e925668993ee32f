import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../render/discord-limits';
import { toChoices } from './suggest-choices';

describe('toChoices', () => {
  it('keeps at most 25 choices, best first, with names cut to 100 characters', () => {
    const suggestions = Array.from({ length: 40 }, (_, i) => ({
      label: `Quelle ${i} ${'lang '.repeat(40)}`,
      value: `q${i}`,
    }));
    const choices = toChoices(suggestions);
    expect(choices).toHaveLength(DISCORD_LIMITS.autocompleteChoices);
    expect(choices[0]?.value).toBe('q0');
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.autocompleteChoiceName);
  });

  it('drops a value Discord would reject instead of sending a truncated, wrong value', () => {
    const choices = toChoices([
      { label: 'too long', value: 'x'.repeat(101) },
      { label: 'KCNA', value: 'KCNA' },
    ]);
    expect(choices).toEqual([{ name: 'KCNA', value: 'KCNA' }]);
  });
});
