import { beforeAll, describe, expect, it } from 'vitest';
import { attributeSentence } from './attribute-sentence';
import { loadBundledCorpus, type BundledCorpus } from './bundled-corpus.fixture';

let corpus: BundledCorpus;
beforeAll(async () => {
  corpus = await loadBundledCorpus();
});

const attributed = (sentence: string) =>
  attributeSentence(sentence, corpus.lexicon).attributions.map((a) => [a.source, a.kind, a.mention]);

describe('attributeSentence binds a source to the sentence', () => {
  it.each([
    ['Laut Seoul soll Nordkoreas Armee rund 4.000 Verluste erlitten haben.', [['south-korea', 'origin', 'Seoul']]],
    ['Yonhap zufolge sind es 3000 Soldaten.', [['yonhap', 'origin', 'Yonhap']]],
    ['Angaben des Pentagons zufolge sind es 3000 Soldaten.', [['pentagon', 'origin', 'Pentagons']]],
    ['Nach Angaben aus Kiew wurden Einheiten getroffen.', [['ukraine', 'origin', 'Kiew']]],
    ['„Wir sind besorgt“, sagte ein Sprecher des Außenministeriums.', [['us-state-department', 'quoted', 'Sprecher des Außenministeriums']]],
    ['„Wir sind besorgt“, so Selenskyj.', [['zelensky', 'quoted', 'Selenskyj']]],
    ['Das US-Pentagon schätzt, dass etwa 10.000 Soldaten entsandt wurden.', [['pentagon', 'origin', 'US-Pentagon']]],
    ['Die USA kritisierten Nordkoreas direkte Beteiligung.', [['us-government', 'quoted', 'USA']]],
    ['Putin, der den Soldaten gratulierte, bezeichnete den Einsatz als Erfolg.', [['putin', 'quoted', 'Putin']]],
    ['Mit Material von dpa und AFP', [['dpa', 'credited', 'dpa'], ['afp', 'credited', 'AFP']]],
  ])('%s', (sentence, expected) => {
    expect(attributed(sentence)).toEqual(expected);
  });
});

describe('attributeSentence does not attribute a mere mention', () => {
  it.each([
    // Kim Jong-un ordered the deployment; KCNA reported it.
    'Der Einsatz sei demnach auf Befehl von Machthaber Kim Jong-un angeordnet worden, berichtete Nordkoreas staatliche Nachrichtenagentur KCNA.',
    // Pictures confirm, "in cooperation with" Ukrainian intelligence: a prepositional phrase, not the speaker.
    'Satellitenbilder und Gesichtserkennungssoftware, in Zusammenarbeit mit dem ukrainischen Geheimdienst, sollen diese Informationen bestätigen.',
    // The subject of the clause after "dass" is not the one who pointed it out.
    'Russische Truppen haben dies nicht geleugnet und darauf hingewiesen, dass die Ukraine Unterstützung von NATO-Staaten erhält.',
  ])('%s', (sentence) => {
    const sources = attributed(sentence).map(([source]) => source);
    expect(sources).not.toContain('kim-jong-un');
    expect(sources).not.toContain('ukrainian-intelligence');
    expect(sources).not.toContain('ukraine');
    expect(sources).not.toContain('nato');
  });

  it('ignores names and verbs inside a quotation', () => {
    expect(attributed('„Putin erklärte gar nichts“, sagte Selenskyj.')).toEqual([['zelensky', 'quoted', 'Selenskyj']]);
  });

  it('does not treat a parenthesised country or author tag as a credit line', () => {
    expect(attributed('Wir sind besorgt über die Beteiligung (Nordkoreas) am Krieg. (pm)')).toEqual([]);
  });

  it('credits an agency credit line', () => {
    expect(attributed('Das war am Montag. (AFP, dpa, Reuters)').map(([s, k]) => `${s}:${k}`)).toEqual([
      'afp:credited',
      'dpa:credited',
      'reuters:credited',
    ]);
  });

  it('does not bind a verb to a name beyond a colon', () => {
    expect(attributed('Von Kim Jong-un gesandt: Die Soldaten berichten von Kämpfen.')).toEqual([]);
  });
});

describe('attributeSentence marks unnamed reports', () => {
  it.each([
    'Berichten zufolge liefert Nordkorea seit August 2022 mehr als acht Millionen Artillerie- und Raketengeschosse.',
    'Laut Berichten hat Russland die Region Kursk zurückerobert.',
    'Medienberichten zufolge sind es 3000 Soldaten.',
  ])('%s', (sentence) => {
    expect(attributeSentence(sentence, corpus.lexicon)).toEqual({ attributions: [], anonymous: true });
  });

  it('does not call a named source anonymous', () => {
    expect(attributeSentence('Laut Angaben des südkoreanischen Geheimdienstes sind es 11.000.', corpus.lexicon).anonymous).toBe(false);
  });
});
