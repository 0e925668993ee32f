import { describe, expect, it } from 'vitest';
import { neutraliseMentions, restoreMentions } from './discord-mentions';

describe('neutraliseMentions', () => {
  it('breaks @everyone, @here, user and role mentions', () => {
    const out = neutraliseMentions('@everyone @here <@123456789012345678> <@&123456789012345678>');
    expect(out).not.toMatch(/@everyone|@here|<@\d|<@&/);
    expect(out.replace(/\u200b/g, '')).toBe('@everyone @here <@123456789012345678> <@&123456789012345678>');
  });

  it('is idempotent and reversible', () => {
    const once = neutraliseMentions('ask @everyone');
    expect(neutraliseMentions(once)).toBe(once);
    expect(restoreMentions(once)).toBe('ask @everyone');
  });
});
