import { describe, expect, it } from 'vitest';
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

function engineOf(articles: Article[], board = [troops, casualties], sources = [kcna]): DigestEngine {
  return {
    articles: new Map(articles.map((a) => [a.id, a])),
    figureBoard: () => board,
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
    expect(text).toContain(`Factdesk-Überblick · Fr., 20. Nov. 2026, ${new Intl.DateTimeFormat('de-DE', { timeZone: TZ, hour: '2-digit', minute: '2-digit' }).format(new Date(slot1))}`);
    expect(text).toContain('Erster Überblick: 2 Artikel im Korpus');
    expect(text).toContain('• Nordkorea bestätigt Soldaten — Tagesspiegel, Mo., 28. Apr. 2025\n');
    expect(text).toContain('• Russland gesteht — Medium unbekannt, ohne Datum\n');
    expect(text).toContain('Zahlenübersicht:\ntroops: 8.000–12.000 laut 6 Quellen');
    expect(text).toContain('casualties: 4.000 laut 1 Quelle');
    expect(text).toContain('KCNA: 4 Sätze');
    const message = digestMessage(digest, TZ, 'de');
    expect(message.embeds?.[0]?.fields.map((f) => f.name)).toEqual(['Zahlenübersicht', 'Meistzitierte Quellen']);
  });

  it('links an article\'s title to it when its URL is known, in Discord; the console prints the URL', () => {
    const linked = { ...third, url: 'https://example.org/ukraine-gefechte' };
    const broken = { ...first, title: 'Titel mit [Klammer]', url: 'https://example.org/a' };
    const digest = composeDigest(engineOf([linked, broken, second]), emptyDigestState(), A, slot1);
    const description = digestMessage(digest, TZ).embeds?.[0]?.description ?? '';
    expect(description).toContain('• [Ukraine meldet Gefechte](https://example.org/ukraine-gefechte) — FR, 2024-11-05');
    // A title that would break the link's markdown is shown without one.
    expect(description).toContain('• Titel mit [Klammer] — Tagesspiegel, 2025-04-28');
    expect(description).toContain('• Russland gesteht — unknown outlet, undated');
    expect(digestText(digest, TZ)).toContain('• Ukraine meldet Gefechte — FR, 2024-11-05 — https://example.org/ukraine-gefechte');
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
    let state = recordDigestSent(emptyDigestState(), { channelId: A, slot: slot1 }, engine.articles.keys(), { at: slot1 });
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
      article(`${String(i).padStart(6, '0')}_x`, `Ein ziemlich langer Titel über Nordkorea und Russland Nr. ${i}`, 'dpa', '2025-01-01'),
    );
    const board = Array.from({ length: 40 }, (_, i) => ({ ...troops, topicId: `t${i}`, label: `topic ${i}` }));
    const message = digestMessage(composeDigest(engineOf(many, board), emptyDigestState(), A, slot1), TZ);
    const embed = message.embeds?.[0];
    expect(embed).toBeDefined();
    if (!embed) return;
    expect(embed.description.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    for (const field of embed.fields) expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
    const total =
      embed.title.length +
      embed.description.length +
      (embed.footer?.text.length ?? 0) +
      embed.fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotalPerMessage);
    expect(embed.description).toMatch(/…and [\d,]+ more \(see \/article\)$/);
    expect(embed.fields[0]?.value).toMatch(/…and 30 more$/);
  });
});
