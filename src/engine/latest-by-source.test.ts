import { beforeAll, describe, expect, it } from 'vitest';
import { buildArticle } from '../corpus/build-article';
import type { Article } from '../corpus/article';
import { loadLexicon } from '../lexicon/load-lexicon';
import type { Lexicon } from '../lexicon/schema';
import { renderAnswerPages } from '../render/embeds';
import { renderAnswerText } from '../render/text';
import { AnswerSchema, type Answer } from './answer';
import { TABLE_PAGE_FIGURES } from './answers/limits';
import { engineFromFiles } from '../build/engine-from-files';

// How the bundled lexicon names the sources these sentences credit.
const PENTAGON = 'Pentagon (US Department of Defense)';
const NIS = 'South Korean intelligence (NIS)';
const KCNA = 'KCNA';
const BLINKEN = 'Antony Blinken';
const RUTTE = 'Mark Rutte';

const SAYS: Record<string, (n: string) => string> = {
  [PENTAGON]: (n) => `Das US-Pentagon schätzt, dass etwa ${n} nordkoreanische Soldaten nach Russland entsandt wurden.`,
  [NIS]: (n) => `Laut Angaben des südkoreanischen Geheimdienstes hat Nordkorea rund ${n} Soldaten entsandt.`,
  [KCNA]: (n) => `Die Nachrichtenagentur KCNA meldete, dass ${n} Soldaten in Kursk kämpften.`,
  [BLINKEN]: (n) => `US-Außenminister Antony Blinken sagte, etwa ${n} nordkoreanische Soldaten seien in Kursk.`,
  [RUTTE]: (n) => `NATO-Generalsekretär Mark Rutte sagte, rund ${n} nordkoreanische Soldaten seien in Kursk.`,
  '': (n) => `Insgesamt sollen ${n} nordkoreanische Soldaten in Kursk sein.`,
};

interface Written {
  source: string;
  value: number;
  published: string | null;
}

/**
 * An archive's worth of troop figures: every source restates its estimate day after day, and the estimates grow,
 * so the lowest values are the oldest ones. Blinken also said something undated, Rutte nothing dated at all, and an
 * unnamed figure is the newest of all.
 */
function archive(): { articles: Article[]; written: Written[] } {
  const written: Written[] = [];
  const day = (i: number) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
  const sources = [PENTAGON, NIS, KCNA, BLINKEN];
  for (let i = 0; i < 60; i++) written.push({ source: sources[i % 4]!, value: 5000 + i * 100, published: day(i) });
  written.push({ source: BLINKEN, value: 4000, published: null });
  written.push({ source: RUTTE, value: 4500, published: null });
  written.push({ source: '', value: 20000, published: day(70) });
  written.push({ source: '', value: 3000, published: day(2) });
  const articles = written.map((w, i) =>
    buildArticle(
      `${String(i).padStart(3, '0')}_archive`,
      `Lage in Kursk ${i}\n\n${SAYS[w.source]!(w.value.toLocaleString('de-DE'))}`,
      { title: `Lage in Kursk ${i}`, outlet: 'Testblatt', ...(w.published && { published: w.published }) },
    ),
  );
  return { articles, written };
}

let lexicon: Lexicon;
let answer: Answer;
let written: Written[];

beforeAll(async () => {
  const loaded = await loadLexicon('data');
  if (!loaded.lexicon) throw new Error('the bundled lexicon must load');
  lexicon = loaded.lexicon;
  const corpus = archive();
  written = corpus.written;
  const outcome = engineFromFiles({ articles: corpus.articles, lexicon }).answer({ name: 'figure', query: 'troops' });
  if (!outcome.ok) throw new Error(outcome.error);
  answer = AnswerSchema.parse(outcome.answer);
});

/** What each source said last, newest first, undated after dated, the unnamed figures after every named source. */
function expectedLatest(): Written[] {
  const latest = new Map<string, Written>();
  const newest = (a: Written, b: Written) => (b.published ?? '').localeCompare(a.published ?? '');
  for (const w of [...written].sort(newest)) if (!latest.has(w.source)) latest.set(w.source, w);
  const rows = [...latest.values()];
  return [...rows.filter((w) => w.source !== ''), ...rows.filter((w) => w.source === '')];
}

describe('/figure on a topic with more figures than one table page', () => {
  it('lists first what each source says now: its newest figure, newest first, the unnamed figures last', () => {
    expect(answer.total).toBe(written.length);
    expect(written.length).toBeGreaterThan(TABLE_PAGE_FIGURES);
    const expected = expectedLatest();
    expect(answer.latestBySource).toBe(expected.length);
    const first = answer.results.slice(0, expected.length);
    expect(first.map((r) => [r.source ?? '', r.figure?.value, r.published])).toEqual(
      expected.map((w) => [w.source, w.value, w.published]),
    );
    // An undated figure is taken as older than any dated one: Blinken's dated figure is his latest, and Rutte's
    // only figure comes after every dated source's.
    expect(first[0]).toMatchObject({ source: BLINKEN, figure: { value: 10900 } });
    expect(first.at(-2)).toMatchObject({ source: RUTTE, published: null });
    expect(first.at(-1)).toMatchObject({ figure: { value: 20000 } });
    expect(first.at(-1)?.source).toBeUndefined();
  });

  it('spreads across those latest figures only, not across every figure ever stated', () => {
    const values = expectedLatest().map((w) => w.value);
    const [min, max] = [Math.min(...values), Math.max(...values)];
    expect(answer.spread).toMatchObject({ min, max, sources: 5, unattributed: 1 });
    expect(answer.summary).toBe('4,500–20,000 from 5 sources, 1 unattributed');
  });

  it("follows with the older figures, source by source, each source's newest first, and loses none of them", () => {
    const latest = answer.latestBySource ?? 0;
    const older = answer.results.slice(latest);
    expect(older.length).toBe(written.length - latest);
    const sources = answer.results.slice(0, latest).map((r) => r.source ?? '');
    const olderSources = older.map((r) => r.source ?? '');
    // Grouped by source in the order of the latest figures.
    expect([...new Set(olderSources)]).toEqual(sources.filter((s) => olderSources.includes(s)));
    for (const source of new Set(olderSources)) {
      const dates = older.filter((r) => (r.source ?? '') === source).map((r) => r.published ?? '');
      expect(dates).toEqual([...dates].sort().reverse());
    }
    const all = answer.results.map((r) => r.figure?.value).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(all).toEqual(written.map((w) => w.value).sort((a, b) => a - b));
  });

  it('opens the Discord answer with the latest-figure table, in either language, never with the lowest values', () => {
    const [english] = renderAnswerPages(answer, 'en');
    expect(english?.description).toContain('**4,500–20,000 from 5 sources, 1 unattributed**');
    expect(english?.description).toContain(
      [
        'Each source’s most recent figure, newest first (6 sources, 64 figures in all):',
        `• **10,900** · ${BLINKEN} (etwa) — Testblatt, 2025-03-01`,
        `• **10,800** · ${KCNA} — Testblatt, 2025-02-28`,
        `• **10,700** · ${NIS} (rund) — Testblatt, 2025-02-27`,
        `• **10,600** · ${PENTAGON} (etwa) — Testblatt, 2025-02-26`,
        `• **4,500** · ${RUTTE} (rund) — Testblatt, undated`,
        `• **20,000** · no source named — Testblatt, 2025-03-12`,
      ].join('\n'),
    );
    expect(english?.description).toContain('58 older figures of the same sources follow the latest ones.');
    // 5,000 was the Pentagon's first estimate, two months before its last: not a first-page figure.
    expect(english?.description).not.toContain('5,000');
    const [german] = renderAnswerPages(answer, 'de');
    const lead = 'Die neueste Zahl jeder Quelle, neueste zuerst (6 Quellen, 64 Zahlen insgesamt):';
    expect(german?.description).toContain(lead);
    expect(german?.description).toContain('• **10.800** · KCNA — Testblatt, Fr., 28. Feb. 2025');
  });

  it('prints the same order in the console', () => {
    const text = renderAnswerText(answer, 'en');
    const lead = text.indexOf('Each source’s most recent figure');
    const older = text.indexOf('58 older figures of the same sources');
    expect(lead).toBeGreaterThan(0);
    expect(text.indexOf('■ 10,900', lead)).toBeLessThan(older);
    expect(text.indexOf('■ 5,000')).toBeGreaterThan(older);
  });
});
