import { beforeAll, describe, expect, it } from 'vitest';
import { buildArticle } from '../corpus/build-article';
import { loadLexicon } from '../lexicon/load-lexicon';
import { attributionLabels, figureLabels } from '../../tests/quality/labelled-articles';
import { AnswerSchema, type Answer } from './answer';
import type { Command } from './command';
import { engineFromFiles } from '../build/engine-from-files';
import type { Engine } from './engine';

// Real derStandard articles (10kGNAD, CC BY-NC-SA 4.0; see tests/fixtures/corpus-real/README.md) that no lexicon
// entry was written for, answered with the bundled lexicon and vocabulary: what a desk would see after loading a
// day's economy and politics pages.
let engine: Engine;

beforeAll(async () => {
  const { lexicon } = await loadLexicon('data');
  if (!lexicon) throw new Error('the bundled lexicon must load');
  const texts = new Map<string, string[]>();
  for (const a of [...attributionLabels().articles, ...figureLabels().articles]) {
    if ((texts.get(a.article)?.length ?? 0) < a.sentences.length) texts.set(a.article, a.sentences);
  }
  const articles = [...texts].map(([id, sentences]) => buildArticle(id, sentences.join('\n\n')));
  engine = engineFromFiles({ articles, lexicon });
});

function ask(name: Command['name'], query: string): Answer {
  const outcome = engine.answer({ name, query });
  if (!outcome.ok) throw new Error(outcome.error);
  return AnswerSchema.parse(outcome.answer);
}

describe('/source on sources no lexicon lists', () => {
  it('finds a person by full name and by surname, with the words each credit was read from', () => {
    for (const query of ['Wolfgang Katzian', 'Katzian']) {
      const answer = ask('source', query);
      expect(answer.match, query).toBe('exact');
      expect(answer.results.length, query).toBeGreaterThan(0);
      for (const r of answer.results) {
        expect(r.source).toBe('Wolfgang Katzian');
        expect(r.snippet).toContain(r.sourceSpan ?? '\u0000');
      }
    }
  });

  it('says a typo was corrected rather than passing it off', () => {
    const answer = ask('source', 'Katzain');
    expect(answer.match).toBe('fuzzy');
    expect(answer.matched).toEqual(['Wolfgang Katzian']);
  });

  it('finds an institution by its English name from the lexicon and by its abbreviation', () => {
    expect(ask('source', 'Statistics Austria').matched).toEqual(['Statistik Austria']);
    // An abbreviation the article itself introduced: "die Bundeswettbewerbsbehörde (BWB)".
    expect(ask('source', 'BWB').matched).toEqual(['Bundeswettbewerbsbehörde']);
    const eurostat = ask('source', 'Eurostat');
    expect(eurostat.results.length).toBeGreaterThan(0);
    expect(eurostat.results.every((r) => r.source === 'Eurostat')).toBe(true);
  });

  it('keeps whom a speaker told it apart from who said it', () => {
    const knoll = ask('source', 'Wolfgang Knoll');
    expect(knoll.results.some((r) => r.via === 'APA')).toBe(true);
  });

  it('answers "no source named" for a name the corpus never credits, with suggestions marked as such', () => {
    const answer = ask('source', 'Bundesverfassungsgericht');
    expect(answer.match).toBe('none');
    expect(answer.results).toEqual([]);
  });
});

describe('autocomplete', () => {
  it('offers discovered sources, most-cited first, with their role or kind', () => {
    const offered = engine.suggest('source', 'Kat', 5);
    expect(offered.map((s) => s.value)).toContain('Wolfgang Katzian');
    expect(offered.find((s) => s.value === 'Wolfgang Katzian')?.label).toMatch(
      /^Wolfgang Katzian \(GPA-djp-Chef, SPÖ\) — \d+ quotes?$/,
    );
  });

  it("offers the vocabulary's subjects for /figure", () => {
    expect(engine.suggest('topic', 'Arbeitslos', 10).map((s) => s.value)).toContain('Arbeitslosigkeit');
  });
});

describe('/figure on any subject', () => {
  it('lists a measure stated as an amount of something, with its unit', () => {
    const answer = ask('figure', 'Wachstum');
    const values = answer.results.map((r) => r.figure?.value);
    expect(values).toContain(1.4);
    expect(answer.results.every((r) => r.figure?.unit === 'percent' || r.figure?.unit === 'percentage-points')).toBe(
      true,
    );
    // The spread covers the percentages only, not the change in percentage points beside them.
    expect(answer.summary).toMatch(/^1\.4(–1\.6)? % from/);
  });

  it('answers English questions through the bundled vocabulary', () => {
    expect(ask('figure', 'growth').results.map((r) => r.snippet)).toEqual(
      ask('figure', 'Wachstum').results.map((r) => r.snippet),
    );
    const unemployment = ask('figure', 'unemployment rate');
    expect(unemployment.results.map((r) => r.figure?.value)).toEqual(expect.arrayContaining([5.6, 9.7]));
  });

  it('gives no single spread for a word that gathers unrelated quantities, and lists them by what they measure', () => {
    const answer = ask('figure', 'Prozent');
    expect(answer.results.length).toBeGreaterThan(10);
    expect(answer.summary).toBeUndefined();
    const subjects = answer.results.map((r) => r.figure?.measure ?? r.figure?.counted ?? '');
    const firstSeen = subjects.filter((s, i) => subjects.indexOf(s) === i);
    // Grouped: once a subject's run ends, it does not come back.
    expect(subjects.join('|')).toBe(firstSeen.flatMap((s) => subjects.filter((x) => x === s)).join('|'));
  });

  it('credits a figure to the source its own sentence names', () => {
    const answer = ask('figure', 'Rate');
    const eurostat = answer.results.find((r) => r.figure?.value === 11.1);
    expect(eurostat?.source).toBe('Eurostat');
    expect(eurostat?.sourceSpan).toBe('Eurostat');
  });
});
