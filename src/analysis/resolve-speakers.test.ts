import { beforeAll, describe, expect, it } from 'vitest';
import { buildArticle } from '../corpus/build-article';
import { analyzeArticle } from './analyze-article';
import { loadBundledCorpus, type BundledCorpus } from './bundled-corpus.fixture';

let corpus: BundledCorpus;
beforeAll(async () => {
  corpus = await loadBundledCorpus();
});

/** Who each sentence of a short article credits, by source name, as "sentence index: name [kind]". */
function credits(...sentences: string[]): string[] {
  const article = buildArticle('t', ['Titel', ...sentences].join('\n\n'));
  return analyzeArticle(article, corpus.lexicon).attributions.map((a) => `${a.paragraph - 2}: ${a.name} [${a.kind}]`);
}

describe('credits that the lexicon must not give (issue 10)', () => {
  it('leaves a generic "staatliche Nachrichtenagentur" to the agency the text names, never KCNA', () => {
    expect(credits('Die Zahl der Toten stieg auf 112, berichtete die staatliche Nachrichtenagentur Xinhua.')).toEqual([
      '0: Xinhua [origin]',
    ]);
    expect(credits('Das teilte die staatliche Nachrichtenagentur am Montag mit.')).not.toContainEqual(
      expect.stringContaining('KCNA'),
    );
  });

  it('credits an Italian foreign ministry as what the text says, and the US one only where the text says so', () => {
    expect(credits('Das italienische Außenministerium erklärte, man verfolge die Lage.')).toEqual([
      '0: italienische Außenministerium [quoted]',
    ]);
    expect(
      credits('In Washington wächst die Sorge.', 'Ein Sprecher des Außenministeriums sagte, man sei besorgt.'),
    ).toEqual(['1: US State Department [quoted]']);
  });

  it('does not take a country that only acts for a speaker', () => {
    expect(credits('Die Ukraine eroberte im August Teile der Region Kursk.')).toEqual([]);
  });

  it('keeps the channel a speaker told it apart from the speaker', () => {
    const article = buildArticle('t', 'Titel\n\nDas sei ein Erfolg, sagte Katzian der Nachrichtenagentur AFP.');
    const [only] = analyzeArticle(article, corpus.lexicon).attributions;
    expect(only?.name).toBe('Katzian');
    expect(only?.via).toBe('Nachrichtenagentur AFP');
  });

  it('resolves a surname to the full name the article gave, and a pronoun only when one person fits', () => {
    expect(
      credits(
        'GPA-djp-Chef Wolfgang Katzian (SPÖ) kritisierte die Pläne.',
        'Das sei nicht akzeptabel, sagte Katzian.',
        'Es gehe um Fairness, sagte er.',
      ),
    ).toEqual(['0: Wolfgang Katzian [quoted]', '1: Wolfgang Katzian [quoted]', '2: Wolfgang Katzian [quoted]']);
    expect(credits('Werner Faymann traf Reinhold Mitterlehner.', 'Das sei ein guter Tag, sagte er.')).toEqual([]);
  });

  it('credits nobody for a refusal to speak or for unnamed reports', () => {
    expect(credits('Brega äußerte sich nicht dazu, ob die Männer getötet wurden.')).toEqual([]);
    expect(credits('Berichten zufolge wurden 20 Menschen verletzt.')).toEqual([]);
  });
});

describe('words that look like cues but credit nobody, from unlabelled real articles', () => {
  it('does not take "genannt" for a verb of saying: it names', () => {
    expect(credits('Auch sein Sohn Fábio Luiz – genannt Lulinha – soll angeklagt werden.')).toEqual([]);
  });

  it('does not take "erinnert an" for a report: it resembles', () => {
    expect(credits('Pops Tonfall erinnert an jene ungesunden Alben aus Berlin.')).toEqual([]);
    expect(credits('Finanzminister Hans Jörg Schelling erinnerte daran, dass die Frist abläuft.')).toEqual([
      '0: Hans Jörg Schelling [quoted]',
    ]);
  });

  it("does not carry a speaker on into a condition: its Konjunktiv II is the writer's", () => {
    expect(
      credits(
        'Der Wert liegt laut Statistik Austria bei 1,2 Prozent.',
        'Sollte der Minister davon abgehen wollen, wäre eine Gesetzesänderung nötig.',
      ),
    ).toEqual(['0: Statistik Austria [origin]']);
  });

  it('does not give "sagt er" after a quotation to a name inside the quotation', () => {
    expect(
      credits(
        'Präsidentin Dilma Rousseff sagte, sie bleibe im Amt.',
        'Die Ermittlungen machten ihren Abgang wahrscheinlicher, meint Politologe Claudio Couto.',
        'Mit Rousseff auf dem Schleudersitz wird der Prozess jetzt beschleunigt, sagt er.',
      ),
    ).toEqual(['0: Dilma Rousseff [quoted]', '1: Claudio Couto [quoted]', '2: Claudio Couto [quoted]']);
  });
});
