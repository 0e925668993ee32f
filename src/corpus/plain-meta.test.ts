import { describe, expect, it } from 'vitest';
import { ArticleMetaSchema } from './article';
import { plainMeta } from './plain-meta';

/** Values meant to sit on every edge of the schema's rules. */
const TEXTS = ['Tagesblatt', ' Tagesblatt ', '', '  ', 'd', 'de', 'de-DE-xyz', 'x'.repeat(200), 'x'.repeat(201), ` ${'x'.repeat(200)} `, 'x'.repeat(500), 'x'.repeat(501), '\u00a0de\u00a0', 'a\tb', 'Süd\nwest'];
const URLS = ['https://example.org/a', 'http://example.org', 'HTTPS://Example.org/a', ' https://example.org/a', 'https://example.org/a\n', 'https://exa\tmple.org', 'ftp://example.org', 'http:example.org', 'https:/example.org', 'https://', 'https://exa mple.org', 'https://[::1]/', 'https://münchen.de/ä', 'example.org', 'javascript:alert(1)', 'https://example.org:99999/'];
const DATES = ['2025-04-28', '2024-02-29', '2023-02-29', '2025-13-01', '2025-4-28', ' 2025-04-28', '2025-04-28T00:00', '20250428'];
const OTHERS: unknown[] = [null, 1, true, [], {}];

function cases(): unknown[] {
  const all: unknown[] = [null, [], 'text', 3, {}, { autor: 'X' }, { outlet: 'A', autor: 'X' }, JSON.parse('{"__proto__": {"outlet": "A"}}')];
  for (const outlet of [...TEXTS, ...OTHERS]) all.push({ outlet });
  for (const language of TEXTS) all.push({ language });
  for (const title of TEXTS) all.push({ title, outlet: 'A' });
  for (const url of [...URLS, ...OTHERS]) all.push({ url });
  for (const published of [...DATES, ...OTHERS]) all.push({ published });
  // Keys in another order than the schema's: the metadata must still come out in the schema's order.
  for (const url of URLS) for (const published of DATES) all.push({ title: 'T', published, language: 'de', url, outlet: ' O ' });
  return all;
}

describe('plainMeta', () => {
  it('gives exactly what the schema gives, keys in the same order, whenever it gives anything', () => {
    let taken = 0;
    for (const input of cases()) {
      const plain = plainMeta(input);
      if (plain === undefined) continue;
      taken++;
      const parsed = ArticleMetaSchema.safeParse(input);
      expect(parsed.success, JSON.stringify(input)).toBe(true);
      expect(JSON.stringify(plain), JSON.stringify(input)).toBe(JSON.stringify(parsed.data));
    }
    expect(taken).toBeGreaterThan(40);
  });

  it('leaves what the schema rejects to the schema', () => {
    for (const input of cases()) {
      if (!ArticleMetaSchema.safeParse(input).success) expect(plainMeta(input), JSON.stringify(input)).toBeUndefined();
    }
  });
});
