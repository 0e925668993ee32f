import { describe, expect, it } from 'vitest';
import { isModerator } from './moderator';

const MOD_ROLE = '300000000000000001';
const member = { userId: '100000000000000001', roleIds: ['300000000000000009'], canManageServer: true };

describe('isModerator', () => {
  it('with MODERATOR_ROLE_IDS set, requires one of those roles even from someone with Manage Server', () => {
    expect(isModerator(member, [MOD_ROLE])).toBe(false);
    expect(isModerator({ ...member, roleIds: [MOD_ROLE], canManageServer: false }, [MOD_ROLE])).toBe(true);
  });

  it('without MODERATOR_ROLE_IDS, requires Manage Server', () => {
    expect(isModerator(member, undefined)).toBe(true);
    expect(isModerator({ ...member, canManageServer: false }, undefined)).toBe(false);
    expect(isModerator({ ...member, canManageServer: false }, [])).toBe(false);
  });
});
