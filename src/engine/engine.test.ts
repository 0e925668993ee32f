import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerSchema, type Answer } from './answer';
import type { Command } from './command';
import { engineFromFiles } from '../build/engine-from-files';
import { loadCorpusFiles } from './create-engine';
import { createEngineFromDir } from '../build/engine-from-dir';
import type { Engine } from './engine';
import { sentencesOf } from '../corpus/article-text';

let engine: Engine;

beforeAll(async () => {
  const created = await createEngineFromDir('data');
  expect(created.problems).toEqual([]);
  if (!created.engine) throw new Error('the bundled corpus must build');
  engine = created.engine;
});

function ask(name: Command['name'], query: string): Answer {
  const outcome = engine.answer({ name, query });
  if (!outcome.ok) throw new Error(outcome.error);
  return AnswerSchema.parse(outcome.answer);
}

const raw = (id: string) => readFileSync(`data/articles/${id}.txt`, 'utf8');
const A000 = '000_9a2567d393b2c456';
const A001 = '001_f0ae384efe2a001d';
const A002 = '002_6e943628f41e7ae9';
const A004 = '004_83012bf74d01115b';

describe('/figure', () => {
  it('lists the disagreeing troop numbers side by side, each with who gave it', () => {
    const answer = ask('figure', 'troops');
    expect(answer.match).toBe('exact');
    expect(answer.matched).toEqual(expect.arrayContaining(['Soldaten']));
    const byValue = (v: number, id: string) =>
      answer.results.find((r) => r.figure?.value === v && r.articleId === id && r.figure.upper === undefined);
    expect(byValue(11000, A000)?.source).toMatch(/intelligence|NIS/i);
    expect(byValue(11000, A000)?.figure?.qualifier).toBe('rund');
    expect(byValue(10000, A001)?.source).toMatch(/Pentagon/);
    expect(byValue(12000, A001)?.source).toMatch(/intelligence|NIS/i);
    expect(byValue(8000, A002)?.source).toMatch(/Blinken/);
    expect(byValue(10000, A004)?.figure?.qualifier).toBe('über');
    const range = answer.results.find((r) => r.figure?.upper === 12000);
    expect(range?.figure?.value).toBe(11000);
    expect(range?.articleId).toBe(A002);
    expect(answer.summary).toBe('8,000–12,000 from 6 sources');
    // The reinforcements of 3,000 are listed, but as additions, not as a competing total.
    const reinforcements = answer.results.filter((r) => r.figure?.value === 3000);
    expect(reinforcements.map((r) => r.articleId).sort()).toEqual([A000, '003_23444a682065e37b']);
    expect(reinforcements.every((r) => r.figure?.increment === true)).toBe(true);
    // Grouped by value: the list never goes back down.
    const values = answer.results.map((r) => r.figure?.value ?? 0);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it('takes the German word and a typo for the same topic', () => {
    const english = ask('figure', 'troops');
    for (const query of ['Soldaten', 'Truppen', 'troosp', 'soldiers']) {
      const answer = ask('figure', query);
      expect(
        answer.results.map((r) => r.snippet),
        query,
      ).toEqual(english.results.map((r) => r.snippet));
    }
    expect(ask('figure', 'troosp').match).toBe('fuzzy');
  });

  it('finds casualties as Verluste, and does not mix them into troops', () => {
    const answer = ask('figure', 'casualties');
    expect(answer.matched).toEqual(expect.arrayContaining(['Verluste']));
    expect(answer.results.map((r) => r.figure?.value)).toContain(4000);
    expect(ask('figure', 'troops').results.map((r) => r.figure?.text)).not.toContain('rund 4.000 Verluste');
  });

  it('reads "mehr als acht Millionen" as 8,000,000 shells', () => {
    const answer = ask('figure', 'ammunition');
    const shells = answer.results.find((r) => r.figure?.value === 8_000_000);
    expect(shells?.articleId).toBe(A001);
    expect(shells?.figure?.text).toMatch(/acht Millionen/);
  });

  it('falls back to the counted noun when no topic matches, in value order', async () => {
    const files = await loadCorpusFiles('data');
    if (!files.lexicon) throw new Error('the bundled lexicon must load');
    // Without the troops topic, "Soldaten" is no topic name any more, only a noun the figures count.
    const lexicon = { ...files.lexicon, topics: files.lexicon.topics.filter((t) => t.id !== 'troops') };
    const withoutTroops = engineFromFiles({ articles: files.articles, lexicon });
    const outcome = withoutTroops.answer({ name: 'figure', query: 'Soldaten' });
    if (!outcome.ok) throw new Error(outcome.error);
    const values = outcome.answer.results.map((r) => r.figure?.value ?? 0);
    expect(values).toContain(11000);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(outcome.answer.results.every((r) => r.figure?.text !== undefined && r.snippet.includes('Soldaten'))).toBe(
      true,
    );
  });

  it('says plainly when a topic is unknown', () => {
    const answer = ask('figure', 'zzqx');
    expect(answer.match).toBe('none');
    expect(answer.results).toEqual([]);
  });
});

describe('/source', () => {
  it('resolves a typo to KCNA and says it was approximate', () => {
    const answer = ask('source', 'kcan');
    expect(answer.match).toBe('fuzzy');
    expect(answer.matched).toEqual(['KCNA']);
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.every((r) => r.articleId === A000)).toBe(true);
    expect(answer.results.map((r) => r.snippet).join(' ')).toMatch(/KCNA/);
  });

  it('never passes KBS off as BBC', () => {
    const answer = ask('source', 'BBC');
    expect(answer.match).toBe('none');
    expect(answer.results).toEqual([]);
    expect(answer.matched).toEqual([]);
    expect(answer.suggestions).toContain('KBS');
  });

  it('finds a source by its German name', () => {
    const answer = ask('source', 'US-Außenministerium');
    expect(answer.results.map((r) => r.articleId)).toEqual(expect.arrayContaining([A004]));
    const yonhap = ask('source', 'yonhap');
    expect(yonhap.results.map((r) => r.articleId)).toEqual([A004]);
  });
});

describe('/search', () => {
  it('finds Gerassimow when asked for Gerasimow, and says it corrected the spelling', () => {
    const answer = ask('search', 'Gerasimow');
    expect(answer.match).toBe('fuzzy');
    expect(answer.matched).toContain('Gerassimow');
    expect(answer.results[0]?.articleId).toBe(A001);
  });

  it('finds Pjöngjang typed without the umlaut', () => {
    const answer = ask('search', 'Pjongjang');
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.every((r) => r.snippet.includes('Pjöngjang'))).toBe(true);
  });

  it('finds the compound Nordkorea-Soldaten for Soldaten', () => {
    const answer = ask('search', 'Soldaten');
    expect(answer.results.some((r) => r.snippet.includes('Nordkorea-Soldaten'))).toBe(true);
  });
});

describe('/article', () => {
  it('takes the short form of an id when it names one article, and suggests when it names several', () => {
    expect(ask('article', '002').matched).toEqual([A002]);
    const ambiguous = ask('article', '00');
    expect(ambiguous.match).toBe('none');
    expect(ambiguous.suggestions.length).toBeGreaterThan(1);
  });

  it("shows an article's paragraphs' first lines, in order", () => {
    const answer = ask('article', A002);
    expect(answer.matched).toEqual([A002]);
    expect(answer.results[0]?.paragraph).toBe(1);
    expect(answer.results.map((r) => r.paragraph)).toEqual(answer.results.map((_, i) => i + 1));
  });
});

describe('every answer', () => {
  const queries: Command[] = [
    { name: 'figure', query: 'troops' },
    { name: 'figure', query: 'casualties' },
    { name: 'figure', query: 'pay' },
    { name: 'source', query: 'kcna' },
    { name: 'source', query: 'Pentagon' },
    { name: 'source', query: 'Seoul' },
    { name: 'search', query: 'Kim Jong-un Truppen Kursk' },
    { name: 'article', query: A001 },
  ];

  it.each(queries)('$name $query quotes only verbatim sentences of its article, with full citations', (command) => {
    const answer = ask(command.name, command.query);
    expect(answer.results.length).toBeGreaterThan(0);
    for (const r of answer.results) {
      const article = engine.articles.get(r.articleId);
      expect(article).toBeDefined();
      expect(raw(r.articleId)).toContain(r.snippet);
      if (r.paragraph === 0) expect(r.snippet).toBe(article?.title);
      else expect(sentencesOf(article!.text, r.paragraph - 1)).toContain(r.snippet);
      expect(r.title).toBe(article?.title);
      if (r.figure) expect(r.snippet).toContain(r.figure.text);
    }
  });
});

describe('autocomplete', () => {
  it('suggests the most-cited sources for an empty box and KCNA for "kc"', () => {
    const empty = engine.suggest('source', '', 25);
    expect(empty.length).toBeGreaterThan(3);
    expect(empty.length).toBeLessThanOrEqual(25);
    expect(engine.suggest('source', 'kc', 25)[0]?.value).toBe('KCNA');
    expect(engine.suggest('topic', 'tro', 25)[0]?.value.toLowerCase()).toBe('troops');
    expect(engine.suggest('article', '002', 25)[0]?.value).toBe(A002);
  });

  it('offers no topic the corpus has no figures for', () => {
    const troops = engine.answer({ name: 'figure', query: 'troops' });
    expect(troops.ok && troops.answer.results.length).toBeGreaterThan(0);
    // Satellites is a lexicon topic that matches "sat", but the bundled articles give no figure for it.
    const satellites = engine.answer({ name: 'figure', query: 'Satellites' });
    expect(satellites.ok && satellites.answer.results).toEqual([]);
    expect(engine.suggest('topic', 'sat', 25).map((s) => s.value)).not.toContain('Satellites');
    for (const offered of engine.suggest('topic', '', 25)) {
      const answer = engine.answer({ name: 'figure', query: offered.value });
      expect(answer.ok && answer.answer.results.length, offered.value).toBeGreaterThan(0);
    }
  });
});
