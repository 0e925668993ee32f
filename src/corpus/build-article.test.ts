import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from './article';
import { buildArticle } from './build-article';

const ARTICLES_DIR = fileURLToPath(new URL('../../data/articles/', import.meta.url));
const readRaw = (id: string): string => readFileSync(`${ARTICLES_DIR}${id}.txt`, 'utf8');

interface Expectation {
  id: string;
  title: string;
  published: string | null;
  gone: string[];
  sentences: string[];
  headings: string[];
}

const ARTICLES: Expectation[] = [
  {
    id: '000_9a2567d393b2c456',
    title:
      'Für die „Befreiung der Region Kursk“: Nordkorea bestätigt erstmals eigene Soldaten im Ukraine-Krieg – Dankesworte von Putin',
    published: null,
    gone: [
      'zum Hauptinhalt',
      'Kristina Kormilitsyna',
      'Update',
      'Stand:',
      'Zur Startseite',
      'showPaywall',
      'isSubscriber',
      'console.debug',
      'false',
    ],
    sentences: [
      'Laut Angaben des südkoreanischen Geheimdienstes hat Nordkorea im vergangenen Herbst rund 11.000 Soldaten zur Unterstützung Russlands entsandt.',
      'Bislang hat Pjöngjang die Truppenentsendung zur Unterstützung Russlands im Ukraine-Krieg geheim gehalten.',
      'Zu Beginn des Jahres soll Nordkorea laut der südkoreanischen Militärführung weitere 3.000 Soldaten entsandt haben.',
      '„Die koreanischen Freunde handelten aus einem Gefühl der Solidarität, der Gerechtigkeit und echter Kameradschaft heraus“, erklärte Putin in Moskau.',
      '„Wir sind weiterhin besorgt über die direkte Beteiligung (Nordkoreas) am Krieg. Nordkoreas Militäreinsatz in Russland und jegliche Unterstützung der Russischen Föderation für Nordkorea im Gegenzug müssen beendet werden“, schrieb ein Sprecher des Außenministeriums in einer E-Mail. (AFP, dpa, Reuters)',
    ],
    headings: [
      'Moskau will Gedenken der toten Nordkoreaner bewahren',
      'Soldaten, Waffen, Munition: Wie Nordkorea Russland unterstützt',
    ],
  },
  {
    id: '001_f0ae384efe2a001d',
    title: 'Russland gesteht: Nordkoreanische Soldaten kämpfen in Kursk!',
    published: null,
    gone: ['Details', 'Vorfall Terrorismus', 'Ursache militärische Zusammenarbeit', 'Ort Kursk, Russland', 'Quellen'],
    sentences: [
      'Berichten zufolge liefert Nordkorea seit August 2022 mehr als acht Millionen Artillerie- und Raketengeschosse, was die Dimension der militärischen Zusammenarbeit zwischen den beiden Ländern unterstreicht.',
      'Das US-Pentagon schätzt, dass etwa 10.000 nordkoreanische Soldaten nach Russland entsandt wurden, wobei ein Teil bereits in der Nähe der Ukraine operiert, insbesondere in Kursk.',
      'Kursk, Russland - Russland hat nun erstmals bestätigt, dass nordkoreanische Soldaten im Ukraine-Konflikt aktiv eingesetzt werden.',
      'Putin, der die nordkoreanischen Soldaten zum „Sieg“ gratulierte, bezeichnete das ukrainische „Abenteuer“ als gescheitert.',
    ],
    headings: ['Besorgnis über die Militärische Zusammenarbeit', 'Zahlen und Fakten zu Nordkoreas Unterstützung'],
  },
  {
    id: '002_6e943628f41e7ae9',
    title: 'Nordkorea-Soldaten getroffen: Ukraine meldet offiziell Gefechte mit Kim Jong-uns Truppen',
    published: null,
    gone: [
      'Startseite',
      'Politik',
      'Kommentare',
      '© IMAGO',
      'Russian Look',
      'Screenshot X@',
      'Auch interessant',
      'Symbolfoto',
    ],
    sentences: [
      'Kürzlich hatte US-Außenminister Antony Blinken von amerikanischen Beobachtungen berichtet, wonach etwa 8000 nordkoreanische Soldaten in der Oblast Kursk eingetroffen seien.',
      'Kursk – Das ist ein Novum im Ukraine-Krieg: Der ukrainische Verteidigungsminister Rustem Umerov hat an diesem Dienstag (5. November) in einem Interview mit dem südkoreanischen Fernsehsender KBS erstmals Gefechte zwischen den ukrainischen Streitkräften und Soldaten aus Nordkorea bestätigt.',
      'Von Kim Jong-un gesandt: Die Ukrainer berichten zum ersten Mal offiziell von Kämpfen mit nordkoreanischen Soldaten in der russischen Grenzregion Kursk.',
      '„Die ersten nordkoreanischen Truppen wurden bereits beschossen, und zwar in der Region Kursk“, schrieb Kowalneko bei Telegram.',
      'Die Geheimdienste der USA, der Ukraine und Südkoreas gehen davon aus, dass Kreml-Chef Putin von Kim Jong-un zu einem hohen Preis rund 11.000 bis 12.000 Nordkorea-Soldaten für die Gefechte mit den ukrainischen Streitkräften erhalten hat.',
      'So sollen südkoreanische Militärs der ukrainischen Armee beratend helfen, weil sie ihre nordkoreanischen Nachbarn intensiv studiert haben. (pm)',
    ],
    headings: [
      'Ukraine-Krieg: Kiew vermeldet Gefechte mit Nordkorea-Soldaten in Kursk',
      'Nordkorea-Soldaten für Wladimir Putin: Ukraine-Armee bestätigt erstmals offiziell Kämpfe',
      'Nordkoreanische Soldaten in Russland: Deal zwischen Wladimir Putin und Kim Jong-un',
    ],
  },
  {
    id: '003_23444a682065e37b',
    title: 'Putins Anerkennung nordkoreanischer Soldaten erzeugt weltweite Reaktionen',
    published: '2025-04-28',
    gone: ['28. April, 2025', 'Politik'],
    sentences: [
      'Nach Berichten aus Südkorea hat Pjöngjang im Herbst des Jahres 2024 insgesamt etwa 11.000 Soldaten nach Russland entsandt, gefolgt von einer weiteren Verstärkung um 3.000 Soldaten zu Beginn des laufenden Jahres.',
      'In einem historischen Schritt hat der russische Präsident Wladimir Putin zum ersten Mal öffentlich den Einsatz nordkoreanischer Soldaten auf russischem Boden anerkannt.',
    ],
    headings: [],
  },
  {
    id: '004_83012bf74d01115b',
    title: 'Nordkoreas Truppen unterstützen Russlands Krieg gegen die Ukraine',
    published: null,
    gone: ['Nachrichten', 'Bildquelle', 'East News', 'Es gibt eine Reaktion der USA.', 'Für Sie ausgewählt', '•'],
    sentences: [
      'Diese Entscheidung soll auf Grundlage eines Verteidigungsabkommens mit Moskau getroffen worden sein, berichtet die südkoreanische Nachrichtenagentur Yonhap.',
      'Das US-Außenministerium äußerte Besorgnis über die Beteiligung nordkoreanischer Truppen am Krieg Russlands gegen die Ukraine und hob die Notwendigkeit hervor, die Unterstützung Pjöngjangs zu beenden.',
      'Ein Vertreter des Außenministeriums betonte, dass Drittstaaten wie Nordkorea für ihre Handlungen im Krieg Verantwortung tragen.',
      'Im Herbst schätzte der ukrainische Geheimdienst, dass die Zahl der nordkoreanischen Soldaten, die auf Seiten Russlands kämpften, über 10.000 überschreiten könnte.',
      'Nordkorea hat zum ersten Mal offiziell bestätigt, dass es Truppen entsandt hat, um Russland im Krieg gegen die Ukraine zu unterstützen.',
    ],
    headings: ['Was müssen Sie wissen?', 'Nordkorea beteiligt sich am Krieg: Es gibt eine offizielle Bestätigung'],
  },
];

const FURNITURE_MARKERS = [
  '©',
  'showPaywall',
  'console.debug',
  'Zur Startseite',
  'Kommentare',
  'Startseite',
  'Bildquelle',
  'zum Hauptinhalt',
];

const allSentences = (article: Article): string[] => article.paragraphs.flatMap((p) => p.sentences);

describe.each(ARTICLES)('buildArticle on the real file $id', (expected) => {
  const raw = readRaw(expected.id);
  const article = buildArticle(expected.id, raw);

  it('finds the headline as title and only a date the page states', () => {
    expect(article.title).toBe(expected.title);
    expect(article.published).toBe(expected.published);
    expect(article.outlet).toBeNull();
    expect(article.language).toBe('de');
  });

  it('drops the site furniture', () => {
    for (const paragraph of article.paragraphs) {
      for (const marker of FURNITURE_MARKERS) expect(paragraph.text).not.toContain(marker);
      for (const line of expected.gone) expect(paragraph.text.split('\n')).not.toContain(line);
      for (const line of expected.gone) expect(paragraph.text.startsWith(line) && line.length > 12).toBe(false);
    }
    const texts = article.paragraphs.map((p) => p.text);
    for (const line of expected.gone) expect(texts).not.toContain(line);
  });

  it('keeps the reporting as exact sentences', () => {
    const sentences = allSentences(article);
    for (const sentence of expected.sentences) expect(sentences).toContain(sentence);
  });

  it('marks crossheads as headings and running text not', () => {
    const headings = article.paragraphs.filter((p) => p.heading).map((p) => p.text);
    expect(headings).toEqual(expected.headings);
  });

  it('keeps the title once, not again as the first paragraph', () => {
    expect(article.paragraphs[0]?.text).not.toBe(article.title);
    expect(article.paragraphs.some((p) => p.text === article.title)).toBe(false);
  });

  it('cites only verbatim text: every sentence is in its paragraph and in the raw file, in order', () => {
    for (const paragraph of article.paragraphs) {
      expect(raw).toContain(paragraph.text);
      let from = 0;
      for (const sentence of paragraph.sentences) {
        const at = paragraph.text.indexOf(sentence, from);
        expect(at, sentence).toBeGreaterThanOrEqual(0);
        from = at + sentence.length;
        expect(raw).toContain(sentence);
      }
    }
  });

  it('numbers paragraphs 1, 2, 3 … in reading order', () => {
    expect(article.paragraphs.map((p) => p.number)).toEqual(article.paragraphs.map((_, i) => i + 1));
    const positions = article.paragraphs.map((p) => raw.indexOf(p.text));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('buildArticle metadata', () => {
  const raw = readRaw('004_83012bf74d01115b');

  it('lets the desk metadata override title, date, outlet, url and language', () => {
    const article = buildArticle('004', raw, {
      outlet: 'Beispiel-Zeitung',
      url: 'https://example.org/a',
      published: '2025-04-29',
      language: 'de-AT',
      title: 'Eigener Titel',
    });
    expect(article).toMatchObject({
      title: 'Eigener Titel',
      outlet: 'Beispiel-Zeitung',
      url: 'https://example.org/a',
      published: '2025-04-29',
      language: 'de-AT',
    });
  });

  it('changes the content hash when the text or the metadata changes, and only then', () => {
    const plain = buildArticle('004', raw).contentHash;
    expect(buildArticle('004', raw).contentHash).toBe(plain);
    expect(plain).toMatch(/^[0-9a-f]{40}$/);
    expect(buildArticle('004', `${raw} `).contentHash).not.toBe(plain);
    expect(buildArticle('004', raw, { outlet: 'X' }).contentHash).not.toBe(plain);
  });
});
