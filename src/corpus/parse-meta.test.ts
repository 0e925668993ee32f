import { describe, expect, it } from 'vitest';
import { parseArticleMeta } from './parse-meta';

describe('parseArticleMeta', () => {
  it('accepts every known field', () => {
    const json = JSON.stringify({
      outlet: 'Tagesblatt',
      url: 'https://example.org/a',
      published: '2025-04-28',
      language: 'de',
      title: 'Titel',
    });
    expect(parseArticleMeta(json)).toEqual({
      ok: true,
      meta: {
        outlet: 'Tagesblatt',
        url: 'https://example.org/a',
        published: '2025-04-28',
        language: 'de',
        title: 'Titel',
      },
    });
  });

  it.each<[string, string, string[]]>([
    ['a bad date', '{"published": "2025-02-30"}', ['published: Invalid ISO date']],
    ['a non-web url', '{"url": "ftp://example.org/a"}', ['url: Invalid URL']],
    ['an unknown field', '{"autor": "X"}', ['autor: unknown field']],
    ['an empty outlet', '{"outlet": "  "}', ['outlet: Too small: expected string to have >=1 characters']],
    [
      'an over-long standfirst',
      JSON.stringify({ standfirst: 'x'.repeat(1001) }),
      ['standfirst: Too big: expected string to have <=1000 characters'],
    ],
  ])('names the field of %s', (_kind, json, reasons) => {
    expect(parseArticleMeta(json)).toEqual({ ok: false, reasons });
  });

  it("takes a standfirst as the article's own, and a sidecar without one as before", () => {
    expect(parseArticleMeta('{"title": "Titel", "standfirst": "Verdi legt den Hafen lahm."}')).toEqual({
      ok: true,
      meta: { title: 'Titel', standfirst: 'Verdi legt den Hafen lahm.' },
    });
    expect(parseArticleMeta('{"title": "Titel"}')).toEqual({ ok: true, meta: { title: 'Titel' } });
  });

  it('rejects something other than an object', () => {
    const result = parseArticleMeta('["Tagesblatt"]');
    expect(result.ok).toBe(false);
  });

  it.each([
    ['a trailing comma', '{\n  "outlet": "X",\n}', 3],
    ['a missing closing brace', '{\n  "outlet": "X"\n', 3],
  ])('gives the line of %s', (_kind, json, line) => {
    const result = parseArticleMeta(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reasons[0]).toMatch(new RegExp(`^invalid JSON at line ${line}: `));
  });
});
