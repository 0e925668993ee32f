import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../render/discord-limits';
import { queryHash } from '../paging/page-custom-id';
import { exportButtons } from './export-buttons';
import { exportCustomId, parseExportCustomId } from './export-custom-id';

describe('export custom ids', () => {
  it('round-trip command, format and query hash within 100 characters, even for a 200-character query', () => {
    const query = 'ä'.repeat(200);
    for (const format of ['csv', 'md'] as const) {
      const id = exportCustomId('source', query, format);
      expect(id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
      expect(parseExportCustomId(id)).toEqual({ command: 'source', format, queryHash: queryHash('source', query) });
    }
  });

  it('reject page ids, unknown formats and commands, and extra parts', () => {
    expect(parseExportCustomId('fd:page:figure:1:abc:next')).toBeNull();
    expect(parseExportCustomId('fd:export:figure:xlsx:abc')).toBeNull();
    expect(parseExportCustomId('fd:export:delete:csv:abc')).toBeNull();
    expect(parseExportCustomId('fd:export:figure:csv:abc:extra')).toBeNull();
    expect(parseExportCustomId('fd:export:figure:csv:')).toBeNull();
  });
});

describe('exportButtons', () => {
  it("offers CSV and Markdown on /figure and /source answers only, labelled in the reader's language", () => {
    const row = exportButtons('figure', 'troops', 'de')[0]?.components ?? [];
    expect(row.map((b) => ('label' in b ? b.label : ''))).toEqual(['CSV', 'Markdown']);
    expect(exportButtons('source', 'kcna', 'en')).toHaveLength(1);
    expect(exportButtons('search', 'troops', 'en')).toEqual([]);
    expect(exportButtons('article', 'x', 'en')).toEqual([]);
  });
});
