import { describe, expect, it } from 'vitest';
import { registrationTarget } from './register-commands';

describe('registrationTarget', () => {
  it('names each missing setting on its own line', () => {
    const result = registrationTarget({
      DISCORD_TOKEN: undefined,
      DISCORD_APPLICATION_ID: undefined,
      DISCORD_GUILD_ID: undefined,
      DISCORD_API_URL: undefined,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(/^DISCORD_TOKEN: required/),
        expect.stringMatching(/^DISCORD_APPLICATION_ID: required/),
      ],
    });
  });

  it('targets the guild when one is set, and global otherwise', () => {
    const base = {
      DISCORD_TOKEN: 'x'.repeat(30),
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_API_URL: undefined,
    };
    const guild = registrationTarget({ ...base, DISCORD_GUILD_ID: '223456789012345678' });
    const global = registrationTarget({ ...base, DISCORD_GUILD_ID: undefined });
    expect(guild.ok && guild.target.guildId).toBe('223456789012345678');
    expect(global.ok && global.target.guildId).toBeUndefined();
  });
});
