import { describe, expect, it } from 'vitest';
import { cleanScrapedText } from './clean';

const BODY =
  'Nordkorea hat erstmals bestätigt, eigene Soldaten nach Russland entsandt zu haben. Das meldete die staatliche Agentur KCNA am Montag.';
const BODY_2 =
  'Laut Seoul soll Nordkoreas Armee im Ukraine-Krieg rund 4.000 Verluste erlitten haben, was sowohl Verletzte als auch Tote umfasst.';
const TITLE = 'Nordkorea bestätigt erstmals eigene Soldaten in Kursk';

const page = (...lines: string[]): string => lines.join('\n');
const texts = (raw: string): string[] => cleanScrapedText(raw).blocks.map((b) => b.text);

describe('cleanScrapedText', () => {
  it('takes the headline as title and keeps teaser and body', () => {
    const cleaned = cleanScrapedText(page('zum Hauptinhalt', '', 'Politik', '', TITLE, '', BODY, '', BODY_2));
    expect(cleaned.title).toBe(TITLE);
    expect(cleaned.blocks).toEqual([
      { text: BODY, heading: false },
      { text: BODY_2, heading: false },
    ]);
  });

  it('keeps a headline repeated as the first body line only once, as title', () => {
    const cleaned = cleanScrapedText(page(TITLE, '', TITLE, '', BODY));
    expect(cleaned.title).toBe(TITLE);
    expect(texts(page(TITLE, '', TITLE, '', BODY))).toEqual([BODY]);
  });

  it.each([
    ['a numbered breadcrumb', ['  1. Startseite', '  2. Politik', '  3. Ausland']],
    ['a one-line breadcrumb', ['Startseite › Politik › Ausland']],
    [
      'section labels and kickers',
      ['Update', 'Stand:', 'Kommentare', '12 Kommentare', 'Artikel teilen', '3 Min. Lesezeit'],
    ],
    ['a byline', ['Von Anna Schmidt und Jan Berg, Seoul']],
    [
      'paywall flags and console output',
      ['showPaywall:', 'false', 'isSubscriber:', 'true', 'console.debug({ userId: "", verifiedBot: "false" })'],
    ],
    [
      'widgets: gallery counters, times, subscription calls, story links, consent placeholders',
      [
        'Bild 3 von 12',
        'vor 2 Stunden',
        'Jetzt kostenlos registrieren und weiterlesen',
        'Lesen Sie auch: Kim Jong-un testet neue Rakete',
        'Externer Inhalt',
        'Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.',
      ],
    ],
    [
      'share buttons, players, paywall prompts and cookie banners',
      [
        'Facebook',
        'WhatsApp',
        'Link kopieren',
        'Player wird geladen',
        '0:00 / 3:45',
        'Weiterlesen mit Plus',
        'Dieser Artikel ist exklusiv für Abonnenten.',
        'Sie haben bereits ein Abo? Hier anmelden',
        'Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.',
        'Alle akzeptieren',
      ],
    ],
    [
      'photo credits',
      [
        '© Kristina Kormilitsyna/Pool Sputnik Kremlin/AP/dpa',
        'Bildquelle: © East News | STR',
        'Foto: picture alliance/dpa',
      ],
    ],
  ])('drops %s', (kind, furniture) => {
    expect(texts(page(TITLE, '', ...furniture, '', BODY, '', BODY_2))).toEqual([BODY, BODY_2]);
    // Each line on its own between blank lines, and below the body, so no neighbour or position rule helps.
    if (kind !== 'a numbered breadcrumb') {
      for (const line of furniture)
        expect(texts(page(TITLE, '', BODY, '', line, '', BODY_2)), line).toEqual([BODY, BODY_2]);
    }
  });

  it('removes a section label glued to the headline', () => {
    expect(cleanScrapedText(page('PolitikPutin dankt Kim für die Soldaten', '', BODY)).title).toBe(
      'Putin dankt Kim für die Soldaten',
    );
    expect(
      cleanScrapedText(page('NachrichtenNordkoreas Truppen in Kursk', '', 'Nordkoreas Truppen in Kursk', '', BODY))
        .title,
    ).toBe('Nordkoreas Truppen in Kursk');
    // A headline that merely starts with a section word is left alone.
    expect(cleanScrapedText(page('Politiker in Seoul warnen vor Nordkorea', '', BODY)).title).toBe(
      'Politiker in Seoul warnen vor Nordkorea',
    );
  });

  it('drops a caption attached to a credit, including its repeated alt text, but not the reporting around it', () => {
    const caption = 'Auf Linie getrimmt: nordkoreanische Soldaten. (Symbolfoto)';
    const raw = page(
      TITLE,
      '',
      BODY,
      '',
      caption,
      `${caption} © IMAGO / Russian Look`,
      '',
      'Die Ukrainer haben ein Fahrzeug zerstört. © Screenshot X@Someone',
      '',
      BODY_2,
    );
    expect(texts(raw)).toEqual([BODY, BODY_2]);
  });

  it('keeps a long paragraph that a credit line follows after a blank line', () => {
    expect(texts(page(TITLE, '', BODY, '', BODY_2, '', '© dpa-infocom'))).toEqual([BODY, BODY_2]);
  });

  it('drops fact boxes and label–value boxes', () => {
    const raw = page(
      TITLE,
      '',
      BODY,
      '',
      'Details',
      'Vorfall Terrorismus',
      'Ort Kursk, Russland',
      'Quellen',
      '',
      'Land Nordkorea',
      'Hauptstadt Pjöngjang',
      'Einwohner 26 Millionen',
      '',
      BODY_2,
    );
    expect(texts(raw)).toEqual([BODY, BODY_2]);
  });

  it('drops everything after an end-of-article marker, such as teasers of other stories', () => {
    const raw = page(
      TITLE,
      '',
      BODY,
      '',
      'Auch interessant',
      '',
      'Kim Jong-un lässt neue Rakete testen',
      '',
      'Eine ganz andere Geschichte beginnt hier mit einem Satz.',
    );
    expect(texts(raw)).toEqual([BODY]);
  });

  it('keeps bullet points without their glyph, with the box header as heading', () => {
    const cleaned = cleanScrapedText(page(TITLE, '', 'Was müssen Sie wissen?', '', `  • ${BODY}`, `  • ${BODY_2}`));
    expect(cleaned.blocks).toEqual([
      { text: 'Was müssen Sie wissen?', heading: true },
      { text: BODY, heading: false },
      { text: BODY_2, heading: false },
    ]);
  });

  it('marks crossheads as headings and sentences not', () => {
    const cleaned = cleanScrapedText(
      page(
        TITLE,
        '',
        BODY,
        '',
        'Moskau will Gedenken der Toten bewahren',
        '',
        'Wie geht es weiter?',
        '',
        BODY_2,
        '',
        'Kurz.',
      ),
    );
    expect(cleaned.blocks.map((b) => [b.text, b.heading])).toEqual([
      [BODY, false],
      ['Moskau will Gedenken der Toten bewahren', true],
      ['Wie geht es weiter?', true],
      [BODY_2, false],
      ['Kurz.', false],
    ]);
  });

  it('keeps a numbered list of reporting in the body', () => {
    const raw = page(TITLE, '', BODY, '', BODY_2, '', '1. Nordkorea liefert Granaten.', '2. Russland liefert Technik.');
    expect(texts(raw)).toContain('1. Nordkorea liefert Granaten.');
  });

  it('joins a hard-wrapped paragraph into one verbatim block', () => {
    const raw = page(
      TITLE,
      '',
      'Nordkorea hat erstmals bestätigt, eigene Soldaten',
      'nach Russland entsandt zu haben. Das meldete KCNA.',
    );
    const [block] = texts(raw);
    expect(block).toBe(
      'Nordkorea hat erstmals bestätigt, eigene Soldaten\nnach Russland entsandt zu haben. Das meldete KCNA.',
    );
    expect(raw).toContain(block);
  });

  it('never joins across a dropped line, so a block stays one verbatim slice', () => {
    const raw = page(
      TITLE,
      '',
      'Nordkorea hat erstmals bestätigt, eigene Soldaten',
      'Bild 2 von 5',
      'nach Russland entsandt zu haben.',
    );
    expect(texts(raw)).toEqual([
      'Nordkorea hat erstmals bestätigt, eigene Soldaten',
      'nach Russland entsandt zu haben.',
    ]);
  });

  it('returns verbatim slices of a file with Windows line ends', () => {
    const raw = [TITLE, '', BODY, '', BODY_2].join('\r\n');
    const cleaned = cleanScrapedText(raw);
    expect(cleaned.title).toBe(TITLE);
    expect(cleaned.blocks.map((b) => b.text)).toEqual([BODY, BODY_2]);
  });

  it('falls back to the first sentence as title when there is no headline, keeping the text', () => {
    const cleaned = cleanScrapedText(page(BODY, '', BODY_2));
    expect(cleaned.title).toBe('Nordkorea hat erstmals bestätigt, eigene Soldaten nach Russland entsandt zu haben.');
    expect(cleaned.blocks.map((b) => b.text)).toEqual([BODY, BODY_2]);
  });

  it('does not take a crosshead below the opening text as headline, so that text is not dropped', () => {
    const long = `${BODY} ${BODY_2}`;
    const cleaned = cleanScrapedText(page(long, '', 'Moskau will Gedenken der Toten bewahren', '', BODY_2));
    expect(cleaned.title).toBe('Nordkorea hat erstmals bestätigt, eigene Soldaten nach Russland entsandt zu haben.');
    expect(cleaned.blocks.map((b) => b.text)).toEqual([long, 'Moskau will Gedenken der Toten bewahren', BODY_2]);
  });

  it('returns nothing for a page of furniture only', () => {
    const cleaned = cleanScrapedText(
      page('zum Hauptinhalt', '', 'Politik', '', 'Zur Startseite', '', 'showPaywall:', 'false'),
    );
    expect(cleaned.blocks).toEqual([]);
  });

  describe('publication date', () => {
    it.each<[string, string[], string | null]>([
      ['a named date with comma', ['28. April, 2025', '', TITLE], '2025-04-28'],
      ['a numeric date', ['Stand: 05.11.2024, 14:30 Uhr', '', TITLE], '2024-11-05'],
      ['a date with reading time', [TITLE, '', 'Veröffentlicht: 05.11.2024 | Lesezeit: 3 Min.'], '2024-11-05'],
      ['a named date after the headline', [TITLE, '', 'Veröffentlicht am 28. April 2025'], '2025-04-28'],
      ['an ISO date', [TITLE, '', '2025-04-28'], '2025-04-28'],
      ['a date without a year (never guessed)', ['28. April', '', TITLE], null],
      ['an impossible date', ['31.02.2025', '', TITLE], null],
      [
        'a date inside a sentence of reporting',
        [TITLE, '', 'Am 28. April 2025 bestätigte Putin den Einsatz der Soldaten.'],
        null,
      ],
    ])('%s', (_kind, header, expected) => {
      const cleaned = cleanScrapedText(page(...header, '', BODY));
      expect(cleaned.published).toBe(expected);
      if (expected !== null) expect(cleaned.blocks.map((b) => b.text)).toEqual([BODY]);
    });

    it('ignores a date line far below the header', () => {
      const body = Array.from({ length: 20 }, (_, i) => `${BODY} (${i})`);
      expect(cleanScrapedText(page(TITLE, '', ...body.flatMap((p) => [p, '']), '28.04.2025')).published).toBeNull();
    });
  });
});
