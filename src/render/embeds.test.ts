import { describe, expect, it } from 'vitest';
import type { Answer, AnswerResult } from '../engine/answer';
import { DISCORD_LIMITS } from './discord-limits';
import { parsePageFooter } from './discord-page-footer';
import { embedLength, renderAnswerPages, renderMiss, RESULTS_PER_PAGE } from './embeds';

function result(n: number, overrides: Partial<AnswerResult> = {}): AnswerResult {
  return {
    articleId: `00${n}_9a2567d393b2c456`,
    title: `Nordkorea schickt Truppen ${n}`,
    outlet: 'Tagesschau',
    published: '2024-11-02',
    url: `https://example.org/a/${n}`,
    paragraph: n,
    snippet: `Nach Angaben des Geheimdienstes sind rund ${n}.000 Soldaten in Kursk.`,
    ...overrides,
  };
}

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    command: 'figure',
    query: 'troops',
    matched: ['Soldaten', 'Truppen'],
    suggestions: [],
    match: 'exact',
    summary: '8,000–12,000 from 6 sources',
    results: [result(1)],
    ...overrides,
  };
}

function expectWithinLimits(pages: ReturnType<typeof renderAnswerPages>): void {
  for (const embed of pages) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldName);
      expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
      expect(field.value.length).toBeGreaterThan(0);
    }
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFooterText);
    expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotalPerMessage);
  }
}

describe('renderAnswerPages', () => {
  it('titles the answer with what was matched and shows the spread line', () => {
    const [page] = renderAnswerPages(answer());
    expect(page?.title).toBe('Figures for troops — matched Soldaten, Truppen');
    expect(page?.description).toContain('8,000–12,000 from 6 sources');
  });

  it('labels a fuzzy match as the closest match, not as the thing asked for', () => {
    const [page] = renderAnswerPages(
      answer({ command: 'source', query: 'kcan', matched: ['KCNA'], match: 'fuzzy', summary: undefined }),
    );
    expect(page?.title).toBe('Sources for kcan — closest match KCNA');
    expect(page?.description).toContain('No exact match for "kcan"; showing the closest: KCNA');
  });

  it('cites every snippet verbatim with title, outlet, date, paragraph and link', () => {
    const [page] = renderAnswerPages(answer());
    const field = page?.fields?.[0];
    expect(field?.name).toContain('Nordkorea schickt Truppen 1');
    expect(field?.value).toContain('Nach Angaben des Geheimdienstes sind rund 1.000 Soldaten in Kursk.');
    expect(field?.value).toContain('Tagesschau · 2024-11-02 · ¶ 1 · [article](https://example.org/a/1)');
  });

  it('says "unknown outlet" and "undated" rather than leaving gaps', () => {
    const [page] = renderAnswerPages(answer({ results: [result(1, { outlet: null, published: null, url: null })] }));
    expect(page?.fields?.[0]?.value).toContain('unknown outlet · undated · ¶ 1');
    expect(page?.fields?.[0]?.value).not.toContain('[article]');
  });

  it('shows the value read, the words it was read from and who gave it', () => {
    const figure = { value: 1000, text: 'rund 1.000 Soldaten', unit: 'count' as const };
    const [, page] = renderAnswerPages(
      answer({ results: [result(1, { figure, source: 'KCNA' }), result(2, { figure })] }),
    );
    expect(page?.fields?.[0]?.value).toContain('1,000 — "rund 1.000 Soldaten" — KCNA');
    expect(page?.fields?.[1]?.value).toContain('1,000 — "rund 1.000 Soldaten" — no source named');
  });

  it("shows a figure's unit and what it measures, and the words a credit was read from and whom it was told", () => {
    const figure = { value: 1.5, text: '1,5', unit: 'percent' as const, measure: 'Wachstum' };
    const credited = { figure, source: 'Wolfgang Katzian', sourceSpan: 'Katzian', via: 'APA' };
    const [, page] = renderAnswerPages(answer({ results: [result(1, credited)] }));
    expect(page?.fields?.[0]?.value).toContain('1.5 % (Wachstum) — "1,5" — Wolfgang Katzian (as “Katzian”), told APA');
  });

  it('opens /figure with the figures at a glance, grouped by value under the spread, the sentences on the next pages', () => {
    const figure = (value: number) => ({ value, text: `${value}`, unit: 'count' as const });
    const results = [
      result(1, { figure: figure(8000), source: 'NIS', sourceLabels: { de: 'Südkoreas Geheimdienst' } }),
      result(2, { figure: figure(8000), outlet: null, published: null }),
      result(3, { figure: { ...figure(12000), qualifier: 'rund' }, source: 'KCNA' }),
    ];
    const pages = renderAnswerPages(answer({ results }));
    expect(pages).toHaveLength(2);
    expect(pages[0]?.fields).toEqual([]);
    expect(pages[0]?.description).toBe(
      [
        '**8,000–12,000 from 6 sources**',
        '',
        '**8,000**',
        '• NIS — Tagesschau, 2024-11-02',
        '• no source named — unknown outlet, undated',
        '**12,000**',
        '• KCNA (rund) — Tagesschau, 2024-11-02',
        '',
        'Each figure’s sentence is cited on the next pages (Next).',
      ].join('\n'),
    );
    expect(pages[1]?.fields).toHaveLength(3);
    const german = renderAnswerPages(answer({ results }), 'de');
    expect(german[0]?.description).toContain('**8.000**\n• Südkoreas Geheimdienst — Tagesschau, Sa., 2. Nov. 2024');
    expect(german[0]?.footer?.text).toBe('Seite 1/2 · /figure troops');
  });

  it('keeps the figure table within Discord limits at archive size, saying how many it left out', () => {
    const results = Array.from({ length: 100 }, (_, i) =>
      result(i + 1, {
        figure: { value: 1000 + i, text: 'x', unit: 'count' },
        source: 'S'.repeat(150),
        outlet: 'O'.repeat(150),
      }),
    );
    const pages = renderAnswerPages(answer({ results, total: 4000 }));
    expectWithinLimits(pages);
    expect(pages[0]?.description).toMatch(/…and \d+ more, each cited on the next pages\n\nEach figure’s/);
    expect(pages.slice(1).flatMap((p) => p.fields ?? [])).toHaveLength(100);
  });

  it('keeps the latest-by-source table within Discord limits in both languages, saying what it left out', () => {
    const long = { source: 'S'.repeat(150), outlet: 'O'.repeat(150) };
    const figure = (i: number) => ({ value: 1000 + i, text: 'x', unit: 'count' as const });
    const results = Array.from({ length: 100 }, (_, i) => result(i + 1, { figure: figure(i), ...long }));
    for (const locale of ['en', 'de'] as const) {
      const pages = renderAnswerPages(answer({ results, total: 4000, latestBySource: 300 }), locale);
      expectWithinLimits(pages);
      const more = locale === 'en' ? /…and \d+ more, each cited/ : /…und \d+ weitere, jede/;
      expect(pages[0]?.description).toMatch(more);
      expect(pages[0]?.description).toContain(locale === 'en' ? '3,700 older figures' : '3.700 ältere Zahlen');
    }
  });

  it('pages long answers and numbers the pages in a footer that reads back', () => {
    const results = Array.from({ length: 12 }, (_, i) => result(i + 1));
    const pages = renderAnswerPages(answer({ results }));
    expect(pages).toHaveLength(Math.ceil(12 / RESULTS_PER_PAGE));
    expect(pages.flatMap((p) => p.fields ?? [])).toHaveLength(12);
    expect(parsePageFooter(pages[1]?.footer?.text)).toEqual({
      command: 'figure',
      query: 'troops',
      page: 1,
      pages: 3,
      locale: 'en',
    });
  });

  it('keeps every page within Discord limits for huge snippets, titles and queries', () => {
    const longSentence = 'Das Ministerium bestätigt die Angaben der Agentur ausdrücklich und vollständig. ';
    const results = Array.from({ length: 40 }, (_, i) =>
      result(i + 1, { title: 'T'.repeat(600), snippet: longSentence.repeat(40), outlet: 'O'.repeat(200) }),
    );
    const pages = renderAnswerPages(
      answer({
        query: '@everyone '.repeat(20).trim(),
        matched: Array.from({ length: 80 }, (_, i) => `Wort${i}`),
        results,
      }),
    );
    expectWithinLimits(pages);
    expect(pages.flatMap((p) => p.fields ?? [])).toHaveLength(40);
    const value = pages[0]?.fields?.[0]?.value ?? '';
    // Cut at a sentence, marked with "…": the snippet shown is whole sentences of the original.
    expect(value).toMatch(/ausdrücklich und vollständig\. …/);
    expect(pages[0]?.title?.endsWith('…')).toBe(true);
    expect(pages[0]?.fields?.[0]?.name).toMatch(/^1\. T{200,}…$/);
  });

  it('keeps an over-long query readable back from the footer (paging must survive 200 characters)', () => {
    const query = `${'@here Gerasimow '.repeat(12)}`.slice(0, 200);
    const pages = renderAnswerPages(
      answer({ command: 'search', query, results: Array.from({ length: 7 }, (_, i) => result(i + 1)) }),
    );
    expect(parsePageFooter(pages[1]?.footer?.text)?.query).toBe(query);
    expect(pages[1]?.footer?.text).not.toContain('@here');
  });
});

describe('renderMiss', () => {
  it('names what was not found and words close names as suggestions', () => {
    const text = renderMiss(
      answer({ command: 'source', query: 'BBC', matched: [], suggestions: ['KBS'], match: 'none', results: [] }),
    );
    expect(text).toContain('No source named "BBC"');
    expect(text).toContain('Closest known names (suggestions, not matches): KBS');
  });

  it('neutralises mentions echoed from the query and fits in one message', () => {
    const text = renderMiss(
      answer({ command: 'search', query: `@everyone ${'x'.repeat(3000)}`, matched: [], match: 'none', results: [] }),
    );
    expect(text).not.toContain('@everyone');
    expect(text.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  });
});
