import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadArticles } from './load-articles';

const REAL_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

const ARTICLE = `Nordkorea bestätigt Einsatz seiner Soldaten in Kursk

Nordkorea hat erstmals bestätigt, Soldaten nach Russland entsandt zu haben. Das meldete die Agentur KCNA am Montag.
`;

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'factdesk-corpus-'));
  await mkdir(join(dataDir, 'articles'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const put = (name: string, content: string | Uint8Array): Promise<void> =>
  writeFile(join(dataDir, 'articles', name), content);

describe('loadArticles', () => {
  it('loads the five bundled articles without problems, sorted by id', async () => {
    const { articles, problems } = await loadArticles(REAL_DATA_DIR);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual([
      '000_9a2567d393b2c456',
      '001_f0ae384efe2a001d',
      '002_6e943628f41e7ae9',
      '003_23444a682065e37b',
      '004_83012bf74d01115b',
    ]);
    expect(articles.every((a) => a.paragraphs.length > 3)).toBe(true);
  });

  it('sorts by id and applies a valid metadata file', async () => {
    await put('b.txt', ARTICLE);
    await put('a.txt', ARTICLE);
    await put(
      'a.meta.json',
      JSON.stringify({ outlet: 'Tagesblatt', published: '2025-04-28', url: 'https://example.org/a' }),
    );
    const { articles, problems } = await loadArticles(dataDir);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(articles[0]).toMatchObject({ outlet: 'Tagesblatt', published: '2025-04-28', url: 'https://example.org/a' });
    expect(articles[0]?.title).toBe('Nordkorea bestätigt Einsatz seiner Soldaten in Kursk');
    expect(articles[1]).toMatchObject({ outlet: null, published: null, url: null });
  });

  it('names the file and the field of invalid metadata, and leaves that article out', async () => {
    await put('x.txt', ARTICLE);
    await put('x.meta.json', JSON.stringify({ published: '28.04.2025', colour: 'red' }));
    const { articles, problems } = await loadArticles(dataDir);
    expect(articles).toEqual([]);
    expect(problems).toContainEqual({ file: 'articles/x.meta.json', reason: 'published: Invalid ISO date' });
    expect(problems).toContainEqual({ file: 'articles/x.meta.json', reason: 'colour: unknown field' });
  });

  it('reports malformed JSON with its line', async () => {
    await put('x.txt', ARTICLE);
    await put('x.meta.json', '{\n  "outlet": "Tagesblatt",\n}\n');
    const { problems } = await loadArticles(dataDir);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('articles/x.meta.json');
    expect(problems[0]?.reason).toMatch(/^invalid JSON at line 3\b/);
  });

  it.each<[string, string | Uint8Array, RegExp]>([
    ['an empty file', '', /^empty file$/],
    ['a whitespace-only file', '  \n\n ', /^empty file$/],
    ['a binary file', new Uint8Array([0x48, 0x0a, 0x00, 0x01, 0x02]), /^binary file \(NUL byte at line 2\)$/],
    ['a UTF-16 file', Buffer.from(`\uFEFF${ARTICLE}`, 'utf16le'), /^UTF-16 text; save the file as UTF-8$/],
    [
      'a Latin-1 file',
      Buffer.from('Erste Zeile\nNordkorea best\xe4tigt den Einsatz.', 'latin1'),
      /^not valid UTF-8 \(line 2\)/,
    ],
    [
      'a file of furniture only',
      'zum Hauptinhalt\n\nPolitik\n\nZur Startseite\n\nshowPaywall:\nfalse\n',
      /^no reporting left/,
    ],
  ])('reports %s and leaves it out', async (_kind, content, reason) => {
    await put('bad.txt', content);
    await put('good.txt', ARTICLE);
    const { articles, problems } = await loadArticles(dataDir);
    expect(articles.map((a) => a.id)).toEqual(['good']);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('articles/bad.txt');
    expect(problems[0]?.reason).toMatch(reason);
  });

  it('accepts a file that really contains a replacement character', async () => {
    await put('ok.txt', `${ARTICLE}\nDas Zeichen \uFFFD steht so im Original.\n`);
    const { articles, problems } = await loadArticles(dataDir);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
  });

  it('reports a metadata file without its article', async () => {
    await put('lonely.meta.json', '{}');
    const { articles, problems } = await loadArticles(dataDir);
    expect(articles).toEqual([]);
    expect(problems).toEqual([
      { file: 'articles/lonely.meta.json', reason: expect.stringMatching(/lonely\.txt is missing/) },
    ]);
  });

  it('reports ids that are not safe file stems', async () => {
    await put('bad id.txt', ARTICLE);
    await put('ümlaut.txt', ARTICLE);
    await put('ok_id-1.txt', ARTICLE);
    const { articles, problems } = await loadArticles(dataDir);
    expect(articles.map((a) => a.id)).toEqual(['ok_id-1']);
    expect(problems.map((p) => p.file)).toEqual(['articles/bad id.txt', 'articles/ümlaut.txt']);
    expect(problems[0]?.reason).toMatch(/not a usable article id/);
  });

  it('ignores hidden files and other extensions', async () => {
    await put('.swap.txt', 'x');
    await put('README.md', '# notes');
    await put('a.txt', ARTICLE);
    const { articles, problems } = await loadArticles(dataDir);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(['a']);
  });

  it('reports a missing articles folder instead of crashing', async () => {
    const { articles, problems } = await loadArticles(join(dataDir, 'nowhere'));
    expect(articles).toEqual([]);
    expect(problems).toEqual([{ file: 'articles/', reason: expect.stringMatching(/^folder not found/) }]);
  });

  it('loads thousands of files, in id order, with none lost to the bounded-concurrency reader', async () => {
    const count = 2_000;
    const real = await loadArticles(REAL_DATA_DIR);
    expect(real.articles).toHaveLength(5);
    await Promise.all(
      Array.from({ length: count }, (_, i) => put(`n${String(i).padStart(5, '0')}.txt`, ARTICLE.repeat(3))),
    );
    const { articles, problems } = await loadArticles(dataDir);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(count);
    expect(articles[0]?.id).toBe('n00000');
    expect(articles.at(-1)?.id).toBe(`n${String(count - 1).padStart(5, '0')}`);
  });
});

describe('loadArticles and the event loop', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives the event loop a turn whenever a slice of work is used up', async () => {
    const count = 300;
    await Promise.all(Array.from({ length: count }, (_, i) => put(`n${String(i).padStart(5, '0')}.txt`, ARTICLE)));
    // A clock that jumps a second per reading: every file uses up a slice, so each must be followed by a turn.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1_000));
    let turns = 0;
    let loading = true;
    const tick = (): void => {
      turns++;
      if (loading) setImmediate(tick);
    };
    setImmediate(tick);
    const { articles } = await loadArticles(dataDir);
    loading = false;
    expect(articles).toHaveLength(count);
    expect(turns).toBeGreaterThanOrEqual(count);
  });
});

describe('loadArticles with saved web pages', () => {
  const page = (name: string) =>
    readFile(fileURLToPath(new URL(`../../tests/fixtures/pages/${name}.html`, import.meta.url)));

  it('reads a page saved as .html like a fetched one: reporting, outlet, date and URL from the page', async () => {
    await put('hafen.html', await page('hafenstreik'));
    const { articles, problems } = await loadArticles(dataDir);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      id: 'hafen',
      title: 'Hafenstreik in Hamburg: Terminals stehen still',
      outlet: 'Hanseatische Rundschau',
      published: '2025-03-10',
      url: 'https://www.hanseatische-rundschau.example/hamburg/hafenstreik-terminals-stehen-still-a-41873.html',
    });
    expect(articles[0]?.paragraphs).toHaveLength(7);
    expect(articles[0]?.paragraphs.map((p) => p.text).join(' ')).not.toMatch(
      /Mehr zum Thema|abonnieren|Cookie|Impressum/,
    );
  });

  it('lets the desk’s .meta.json override what the page says, field by field', async () => {
    await put('radwege.html', await page('og-only'));
    await put('radwege.meta.json', JSON.stringify({ published: '2025-06-03' }));
    const { articles } = await loadArticles(dataDir);
    expect(articles[0]).toMatchObject({ outlet: 'Leipziger Abendblatt', published: '2025-06-03', url: null });
  });

  it('names a saved index page, and an article saved both as .txt and .html, as problems', async () => {
    await put('uebersicht.html', await page('uebersicht'));
    await put('doppelt.html', await page('og-only'));
    await put('doppelt.txt', ARTICLE);
    const { articles, problems } = await loadArticles(dataDir);
    expect(articles).toEqual([]);
    expect(problems).toEqual([
      { file: 'articles/doppelt.html', reason: 'doppelt.txt holds the same article; keep one of the two' },
      {
        file: 'articles/uebersicht.html',
        reason: expect.stringMatching(/^the page has (no|only \d+ characters of) article text/),
      },
    ]);
  });
});
