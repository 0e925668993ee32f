import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../render/discord-limits';
import { pageButtons } from './page-buttons';
import { pageCustomId, parsePageCustomId, queryHash } from './page-custom-id';

describe('page custom ids', () => {
  it('round-trip command, page and query hash within 100 characters, even for a 200-character query', () => {
    const query = 'ä'.repeat(200);
    const id = pageCustomId('article', query, 1234, 'next');
    expect(id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
    expect(parsePageCustomId(id)).toEqual({ command: 'article', page: 1234, queryHash: queryHash('article', query) });
  });

  it('tell different queries apart', () => {
    expect(queryHash('figure', 'troops')).not.toBe(queryHash('figure', 'Truppen'));
    expect(queryHash('figure', 'troops')).not.toBe(queryHash('search', 'troops'));
  });

  it('reject ids that are not page ids or are malformed', () => {
    expect(parsePageCustomId('digest:refresh')).toBeNull();
    expect(parsePageCustomId('fd:page:delete:1:abc:next')).toBeNull();
    expect(parsePageCustomId('fd:page:figure:-1:abc:next')).toBeNull();
  });
});

describe('pageButtons', () => {
  it('offers no buttons for a single page', () => {
    expect(pageButtons('figure', 'troops', 0, 1)).toEqual([]);
  });

  it('disables Previous on the first page and Next on the last, with distinct ids', () => {
    const first = pageButtons('figure', 'troops', 0, 3)[0]?.components ?? [];
    const last = pageButtons('figure', 'troops', 2, 3)[0]?.components ?? [];
    expect(first.map((b) => ('disabled' in b ? b.disabled : undefined))).toEqual([true, false]);
    expect(last.map((b) => ('disabled' in b ? b.disabled : undefined))).toEqual([false, true]);
    const ids = first.map((b) => ('custom_id' in b ? b.custom_id : ''));
    expect(new Set(ids).size).toBe(2);
    expect(parsePageCustomId(ids[1] ?? '')?.page).toBe(1);
  });
});
