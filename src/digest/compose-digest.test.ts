import { describe, expect, it } from 'vitest';
import type { Answer, AnswerResult } from '../engine/answer';
import type { Article } from '../corpus/article';
import type { SourceCount, TopicSpread } from '../engine/engine';
import { DISCORD_LIMITS } from '../render/discord-limits';
import { emptyDigestState } from '../state/digest-state';
import { composeDigest, type DigestEngine, recordDigestSent } from './compose-digest';
import { digestMessage, digestText } from './render-digest';

const A = '111111111111111111';
const B = '222222222222222222';
const TZ = 'Europe/Berlin';

function article(id: string, title: string, outlet: string | null, published: string | null): Article {
  return { id, title, outlet, published, url: null, language: 'de', paragraphs: [], contentHash: `h-${id}` };
}

const troops: TopicSpread = {
  topicId: 'troops',
  label: 'troops',
  min: 8000,
  max: 12000,
  sources: 6,
  unattributed: 0,
  figures: 9,
  unit: 'count',
  summary: '8,000–12,000 from 6 sources',
};
const casualties: TopicSpread = {
  ...troops,
  topicId: 'casualties',
  label: 'casualties',
  min: 4000,
  max: 4000,
  sources: 1,
  summary: '4,000 from 1 source',
};
const kcna: SourceCount = { sourceId: 'kcna', name: 'KCNA', count: 4 };

/** A figure as /figure lists it: the value, who gave it, and the article it was read from. */
function cited(
  value: number,
  source?: string,
  outlet: string | null = null,
  published: string | null = null,
): AnswerResult {
  return {
    articleId: `a-${value}-${source ?? 'none'}`,
    title: 'Nordkorea bestätigt Soldaten',
    outlet,
    published,
    url: null,
    paragraph: 1,
    snippet: `Rund ${value} Soldaten.`,
    figure: { value, text: `${value}`, unit: 'count' },
    ...(source !== undefined && { source }),
  };
}

const figuresByTopic: Record<string, AnswerResult[]> = {
  troops: [
    cited(8000, 'Antony Blinken', 'FR', '2024-11-05'),
    cited(11000, 'NIS', 'Tagesspiegel', '2025-04-28'),
    cited(11000, undefined, null, null),
    cited(12000, 'KCNA', 'Yonhap', '2025-04-27'),
  ],
  casualties: [cited(4000, 'Seoul', 'Tagesspiegel', '2025-04-28')],
};

/** The answer /figure gives for a topic, as the engine's topicFigures returns it. */
function realFiguresOf(spread: TopicSpread): Answer {
  const results = figuresByTopic[spread.topicId] ?? [cited(spread.min, 'NIS', 'dpa', '2025-01-01')];
  return {
    command: 'figure',
    query: spread.label,
    matched: [spread.label],
    suggestions: [],
    match: 'exact',
    summary: spread.summary,
    spread: { min: spread.min, max: spread.max, unit: spread.unit, sources: spread.sources, unattributed: 0 },
    total: results.length,
    results,
  };
}

let figuresOf = realFiguresOf;

function engineOf(articles: Article[], board = [troops, casualties], sources = [kcna]): DigestEngine {
  return {
    articles: new Map(articles.map((a) => [a.id, a])),
    figureBoard: () => board,
    topicFigures: (topicId) => {
      const spread = board.find((s) => s.topicId === topicId);
      return spread ? figuresOf(spread) : null;
    },
    topSources: (limit) => sources.slice(0, limit),
  };
}

const first = article('000_a', 'Nordkorea bestätigt Soldaten', 'Tagesspiegel', '2025-04-28');
const second = article('001_b', 'Russland gesteht', null, null);
const third = article('002_c', 'Ukraine meldet Gefechte', 'FR', '2024-11-05');

const slot1 = '2026-11-20T07:00:00.000Z';
const slot2 = '2026-11-23T07:00:00.000Z';
const slot3 = '2026-11-24T07:00:00.000Z';

describe('composeDigest', () => {
  it("a channel's first digest cites every article, the figure board and the most-quoted sources", () => {
    const digest = composeDigest(engineOf([second, first]), emptyDigestState(), A, slot1);
    expect(digest.kind).toBe('first');
    const text = digestText(digest, TZ);
    expect(text).toContain('First digest: 2 articles in the corpus');
    expect(text).toContain('• Nordkorea bestätigt Soldaten — Tagesspiegel, 2025-04-28\n');
    expect(text).toContain('• Russland gesteht — unknown outlet, undated\n');
    // Ids are for the machine; readers get titles.
    expect(text).not.toMatch(/\[00[01]_[ab]\]/);
    // Newest reporting first, undated last.
    expect(text.indexOf('Nordkorea bestätigt Soldaten')).toBeLessThan(text.indexOf('Russland gesteht'));
    expect(text).toContain('troops: 8,000–12,000 from 6 sources');
    expect(text).toContain('casualties: 4,000 from 1 source');
    expect(text).toContain('KCNA: 4 sentences');
  });

  it('is written in German for a German desk: German dates, numbers and spread, articles and names as written', () => {
    const digest = composeDigest(engineOf([second, first]), emptyDigestState(), A, slot1);
    const text = digestText(digest, TZ, 'de');
    expect(text).toContain(
      `Factdesk-Überblick · Fr., 20. Nov. 2026, ${new Intl.DateTimeFormat('de-DE', { timeZone: TZ, hour: '2-digit', minute: '2-digit' }).format(new Date(slot1))}`,
    );
    expect(text).toContain('Erster Überblick: 2 Artikel im Korpus');
    expect(text).toContain('• Nordkorea bestätigt Soldaten — Tagesspiegel, Mo., 28. Apr. 2025\n');
    expect(text).toContain('• Russland gesteht — Medium unbekannt, ohne Datum\n');
    expect(text).toContain('Zahlenübersicht:\ntroops: 8.000–12.000 laut 6 Quellen');
    expect(text).toContain('casualties: 4.000 laut 1 Quelle');
    expect(text).toContain('KCNA: 4 Sätze');
    const message = digestMessage(digest, TZ, 'de');
    expect(message.embeds?.[0]?.fields.map((f) => f.name)).toEqual(['Meistzitierte Quellen']);
    expect(message.embeds?.[1]?.title).toBe('Zahlenübersicht');
  });

  it('shows the figure board as a table per topic: the spread on top, then value, source, outlet and date', () => {
    const digest = composeDigest(engineOf([second, first]), emptyDigestState(), A, slot1);
    const english = digestMessage(digest, TZ, 'en').embeds?.[1];
    expect(english?.fields[0]).toEqual({
      name: 'troops: 8,000–12,000 from 6 sources',
      value: [
        '**8,000**',
        '• Antony Blinken — FR, 2024-11-05',
        '**11,000**',
        '• NIS — Tagesspiegel, 2025-04-28',
        '• no source named — unknown outlet, undated',
        '**12,000**',
        '• KCNA — Yonhap, 2025-04-27',
      ].join('\n'),
    });
    expect(english?.fields[1]?.name).toBe('casualties: 4,000 from 1 source');
    const german = digestMessage(digest, TZ, 'de').embeds?.[1];
    expect(german?.fields[0]?.name).toBe('troops: 8.000–12.000 laut 6 Quellen');
    expect(german?.fields[0]?.value).toContain('**11.000**\n• NIS — Tagesspiegel, Mo., 28. Apr. 2025\n');
    expect(german?.fields[0]?.value).toContain('• keine Quelle genannt — Medium unbekannt, ohne Datum');
    // The console shows the same table, without Discord's markdown.
    expect(digestText(digest, TZ, 'de')).toContain(
      'troops: 8.000–12.000 laut 6 Quellen\n■ 8.000\n• Antony Blinken — FR, Di., 5. Nov. 2024\n■ 11.000\n',
    );
  });

  it("links an article's title to it when its URL is known, in Discord; the console prints the URL", () => {
    const linked = { ...third, url: 'https://example.org/ukraine-gefechte' };
    const broken = { ...first, title: 'Titel mit [Klammer]', url: 'https://example.org/a' };
    const digest = composeDigest(engineOf([linked, broken, second]), emptyDigestState(), A, slot1);
    const description = digestMessage(digest, TZ).embeds?.[0]?.description ?? '';
    expect(description).toContain('• [Ukraine meldet Gefechte](https://example.org/ukraine-gefechte) — FR, 2024-11-05');
    // A title that would break the link's markdown is shown without one.
    expect(description).toContain('• Titel mit [Klammer] — Tagesspiegel, 2025-04-28');
    expect(description).toContain('• Russland gesteht — unknown outlet, undated');
    expect(digestText(digest, TZ)).toContain(
      '• Ukraine meldet Gefechte — FR, 2024-11-05 — https://example.org/ukraine-gefechte',
    );
  });

  it('after a sent digest, the same corpus gives one line saying nothing is new, not a repeat', () => {
    const engine = engineOf([first, second]);
    const sent = recordDigestSent(emptyDigestState(), { channelId: A, slot: slot1 }, engine.articles.keys(), {
      at: slot1,
    });
    const digest = composeDigest(engine, sent, A, slot2);
    expect(digest.kind).toBe('nothing-new');
    const message = digestMessage(digest, TZ);
    expect(message.embeds).toBeUndefined();
    expect(message.content?.split('\n')).toHaveLength(1);
    expect(message.content).toMatch(/nothing new since the last digest \(Fri, 20 Nov 2026, 08:00\)/);
  });

  it('lists only the articles added since the last digest', () => {
    const before = engineOf([first, second]);
    const sent = recordDigestSent(emptyDigestState(), { channelId: A, slot: slot1 }, before.articles.keys(), {
      at: slot1,
    });
    const digest = composeDigest(engineOf([first, second, third]), sent, A, slot2);
    expect(digest.kind).toBe('update');
    expect(digest.articles.map((a) => a.id)).toEqual(['002_c']);
    expect(digestText(digest, TZ)).toContain('1 article added since Fri, 20 Nov 2026, 08:00');
  });

  it('a channel whose post failed still gets the articles another channel already received', () => {
    const engine = engineOf([first, second]);
    let state = recordDigestSent(emptyDigestState(), { channelId: A, slot: slot1 }, engine.articles.keys(), {
      at: slot1,
    });
    state = recordDigestSent(state, { channelId: B, slot: slot1 }, engine.articles.keys(), { at: slot1 });
    const grown = engineOf([first, second, third]);
    // slot2: A gets the new article, B's post fails (so nothing is recorded for B).
    state = recordDigestSent(state, { channelId: A, slot: slot2 }, grown.articles.keys(), { at: slot2 });
    expect(composeDigest(grown, state, B, slot3).articles.map((a) => a.id)).toEqual(['002_c']);
    expect(composeDigest(grown, state, A, slot3).kind).toBe('nothing-new');
  });
});

describe('digestMessage', () => {
  it('stays within Discord limits for a corpus of tens of thousands, and says how many it left out', () => {
    const many = Array.from({ length: 30_000 }, (_, i) =>
      article(
        `${String(i).padStart(6, '0')}_x`,
        `Ein ziemlich langer Titel über Nordkorea und Russland Nr. ${i}`,
        'dpa',
        '2025-01-01',
      ),
    );
    const board = Array.from({ length: 40 }, (_, i) => ({ ...troops, topicId: `t${i}`, label: `topic ${i}` }));
    // Each topic a long list read source by source: 100 sources' latest figures with long names.
    figuresOf = (spread) => ({
      ...realFiguresOf(spread),
      latestBySource: 100,
      total: 900,
      results: Array.from({ length: 100 }, (_, i) => cited(1000 + i, `Quelle ${'x'.repeat(60)} ${i}`, 'dpa')),
    });
    try {
      for (const locale of ['en', 'de'] as const) {
        const message = digestMessage(composeDigest(engineOf(many, board), emptyDigestState(), A, slot1), TZ, locale);
        const [embed, boardEmbed] = message.embeds ?? [];
        if (!embed || !boardEmbed) throw new Error('a digest with a figure board has two embeds');
        let total = 0;
        for (const e of [embed, boardEmbed]) {
          expect(e.description.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
          expect(e.fields.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
          for (const field of e.fields) {
            expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldName);
            expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
            expect(field.value.length).toBeGreaterThan(0);
          }
          total += e.title.length + e.description.length + (e.footer?.text.length ?? 0);
          total += e.fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
        }
        expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotalPerMessage);
        const en = locale === 'en';
        const [and, more] = en ? ['…and', 'more'] : ['…und', 'weitere'];
        expect(embed.description).toMatch(new RegExp(`${and} [\\d,.]+ ${more} \\((see|siehe) /article\\)$`));
        // A long topic's table lists each source's latest figure and points to the rest.
        const lead = en ? 'Each source’s most recent figure' : 'Die neueste Zahl jeder Quelle';
        expect(boardEmbed.fields[0]?.value.startsWith(lead)).toBe(true);
        expect(boardEmbed.fields[0]?.value).toMatch(new RegExp(`${and} \\d+ ${more}: /figure topic 0$`));
        // The topics whose tables did not fit are still named, with their spreads, and the rest counted.
        const rest = boardEmbed.fields.at(-1);
        expect(rest?.name).toBe(en ? 'More figures' : 'Weitere Zahlen');
        const spread = en ? '8,000–12,000 from 6 sources' : '8.000–12.000 laut 6 Quellen';
        expect(rest?.value).toMatch(new RegExp(`^topic \\d+: ${spread}$`, 'm'));
        const tables = boardEmbed.fields.length - 1;
        expect(tables).toBeGreaterThan(1);
        expect(rest?.value).toMatch(new RegExp(`${and} ${40 - tables - 10} ${more}$`));
      }
    } finally {
      figuresOf = realFiguresOf;
    }
  });
});
