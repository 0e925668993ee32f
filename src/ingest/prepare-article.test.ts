import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareArticle } from './prepare-article';

const page = (name: string) => readFileSync(`tests/fixtures/pages/${name}.html`, 'utf8');
const FETCHED_AT =
  'https://www.hanseatische-rundschau.example/hamburg/hafenstreik-a-41873.html?utm_source=twitter&utm_medium=social';

/** The reporting of tests/fixtures/pages/hafenstreik.html, paragraph by paragraph, as the outlet wrote it. */
const REPORTING = [
  'Die Gewerkschaft Verdi hat die Beschäftigten der Hamburger Containerterminals zu einem 48-stündigen Warnstreik aufgerufen. Seit Montagmorgen ruht die Arbeit an allen vier großen Terminals.',
  'Rund 4.000 Beschäftigte haben nach Angaben der Gewerkschaft die Arbeit niedergelegt. Betroffen sind die Terminals Burchardkai, Altenwerder, Tollerort und Eurogate, an denen sonst täglich mehr als 20.000 Container umgeschlagen werden. Ein Sprecher der Hamburger Hafen und Logistik AG bestätigte den Stillstand.',
  '„Die Arbeitgeber haben uns kein verhandlungsfähiges Angebot vorgelegt“, sagte Verdi-Verhandlungsführerin Maren Ulbrich am Morgen vor dem Tor des Burchardkais. Die Gewerkschaft fordert eine Lohnerhöhung von 3,50 Euro pro Stunde bei einer Laufzeit von zwölf Monaten.',
  'Reedereien warnen vor Staus',
  'Die Reederei Hapag-Lloyd rechnet mit Verzögerungen von bis zu drei Tagen. Mehrere Schiffe sollen nach Angaben des Hafens bereits vor der Elbmündung auf Reede liegen. Ein Sprecher des Unternehmens sagte, man leite einzelne Ladungen nach Bremerhaven und Rotterdam um.',
  'Der Zentralverband der deutschen Seehafenbetriebe nannte den Streik unverhältnismäßig. Die Arbeitgeber hatten zuletzt eine Erhöhung um 2,8 Prozent angeboten. Die nächste Verhandlungsrunde ist für den 18. März angesetzt.',
  'Auch der Hamburger Wirtschaftssenator äußerte sich besorgt. Jeder Streiktag koste die Hafenwirtschaft nach Schätzungen der Handelskammer einen zweistelligen Millionenbetrag.',
];

const FURNITURE = [
  'Privatsphäre',
  'Alle akzeptieren',
  'Zum Hauptinhalt',
  'Anmelden',
  'Startseite',
  'Arbeitskampf',
  'Teilen',
  'Mehr zum Thema',
  'Tarifstreit im Hafen',
  'Anzeige',
  'Lesen Sie jetzt weiter',
  '0,99',
  'abonnieren',
  'Newsletter',
  'Auch interessant',
  'Elbtunnel',
  'HSV',
  'Kommentare',
  'Impressum',
  'Cookie',
  'Christian Charisius',
  'dataLayer',
  'Themen:',
];

describe('prepareArticle', () => {
  it('keeps every paragraph of reporting, in order, and none of the site furniture', () => {
    const prepared = prepareArticle(page('hafenstreik'), FETCHED_AT);
    if (!prepared.ok) throw new Error(prepared.problem.kind);
    expect(prepared.article.paragraphs.map((p) => p.text)).toEqual(REPORTING);
    expect(prepared.article.paragraphs.map((p) => p.heading)).toEqual([false, false, false, true, false, false, false]);
    for (const word of FURNITURE) expect(prepared.files.text, word).not.toContain(word);
  });

  it('takes title, outlet, date and canonical URL from JSON-LD before OpenGraph, and the language from <html lang>', () => {
    const prepared = prepareArticle(page('hafenstreik'), FETCHED_AT);
    if (!prepared.ok) throw new Error(prepared.problem.kind);
    expect(prepared.files.meta).toEqual({
      // og:site_name says "Rundschau Online", og:title a shorter headline, article:published_time the next day
      outlet: 'Hanseatische Rundschau',
      title: 'Hafenstreik in Hamburg: Terminals stehen still',
      published: '2025-03-10',
      url: 'https://www.hanseatische-rundschau.example/hamburg/hafenstreik-terminals-stehen-still-a-41873.html',
      language: 'de',
      // JSON-LD's description: the teaser under the headline, which the text itself does not hold
      standfirst: 'Verdi legt den Hamburger Hafen lahm. Reedereien rechnen mit tagelangen Verzögerungen.',
    });
    expect(prepared.files.id).toMatch(/^hanseatische-rundschau_[0-9a-f]{16}$/);
    expect(prepared.article).toMatchObject({ outlet: 'Hanseatische Rundschau', published: '2025-03-10' });
  });

  it('gives the same id however the article was reached, since the id comes from the canonical URL', () => {
    const a = prepareArticle(page('hafenstreik'), FETCHED_AT);
    const b = prepareArticle(page('hafenstreik'), 'https://m.hanseatische-rundschau.example/amp/a-41873');
    expect(a.ok && b.ok && a.files.id === b.files.id).toBe(true);
  });

  it('falls back to OpenGraph when the JSON-LD is broken, and to the fetched URL without a canonical link', () => {
    const prepared = prepareArticle(page('og-only'), 'https://www.leipziger-abendblatt.example/leipzig/radwege-123');
    if (!prepared.ok) throw new Error(prepared.problem.kind);
    expect(prepared.files.meta).toEqual({
      outlet: 'Leipziger Abendblatt',
      title: 'Neue Radwege: Stadt plant 30 Kilometer bis 2027',
      published: '2025-06-02',
      url: 'https://www.leipziger-abendblatt.example/leipzig/radwege-123',
      language: 'de',
      standfirst: 'Der Stadtrat hat das Radverkehrskonzept beschlossen.',
    });
    expect(prepared.article.paragraphs).toHaveLength(3);
    for (const word of ['Meistgelesen', 'Elefantenbaby', 'Wetter', 'E-Paper', 'Cookies', 'AGB']) {
      expect(prepared.files.text, word).not.toContain(word);
    }
  });

  it('keeps no standfirst that only repeats the first paragraph or is a label, as Readability’s excerpt would', () => {
    const url = 'https://www.leipziger-abendblatt.example/leipzig/radwege-123';
    const first = prepareArticle(page('og-only'), url);
    if (!first.ok) throw new Error(first.problem.kind);
    const lead = first.article.paragraphs[0]!.text;
    const described = (content: string | null) =>
      page('og-only').replace(
        /<meta property="og:description"[^>]*>/,
        content === null ? '' : `<meta property="og:description" content="${content}">`,
      );
    for (const html of [described(null), described(lead), described(`${lead.slice(0, 60)}…`), described('Leipzig')]) {
      const prepared = prepareArticle(html, url);
      expect(prepared.ok && prepared.files.meta.standfirst).toBe(undefined);
    }
  });

  it('without a canonical URL, knows the page by its address less tracking parameters and fragment', () => {
    const base = 'https://www.leipziger-abendblatt.example/leipzig/radwege?id=7';
    const tracked = prepareArticle(page('og-only'), `${base}&utm_source=newsletter&fbclid=abc#kommentare`);
    const plain = prepareArticle(page('og-only'), base);
    if (!tracked.ok || !plain.ok) throw new Error('both must extract');
    expect(tracked.files.meta.url).toBe(base);
    expect(tracked.files.id).toBe(plain.files.id);
  });

  it('keeps the article when the page as a whole is marked with a furniture word (body class "paywall-active")', () => {
    const marked = page('og-only')
      .replace('<body>', '<body class="paywall-active has-ads">')
      .replace('<div class="layout">', '<main class="ad-free"><div class="layout">');
    const prepared = prepareArticle(marked, 'https://www.leipziger-abendblatt.example/leipzig/radwege-123');
    expect(prepared.ok && prepared.article.paragraphs.length).toBe(3);
  });

  it('refuses an index page of teasers with the reason, rather than storing its boilerplate', () => {
    expect(prepareArticle(page('uebersicht'), 'https://www.hanseatische-rundschau.example/hamburg/')).toEqual({
      ok: false,
      problem: expect.objectContaining({ kind: expect.stringMatching(/^(no-article-text|too-little-text)$/) }),
    });
  });
});
