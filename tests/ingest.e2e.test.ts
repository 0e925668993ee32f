import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interactionCallback, route, startFakeDiscord, type FakeDiscord, type SentInteraction } from './fake-discord';
import { copyOfData, type DeskBot, freshStateDir, sendCommand, sendMessageCommand, startDeskBot } from './desk-bot';
import { expectAcceptedByDiscord } from './support/discord-limits-check';
import { html, type PageServer, startPageServer } from './support/page-server';

const ARTICLE_PATH = '/hamburg/hafenstreik-terminals-stehen-still-a-41873.html';
const RADWEGE_PATH = '/leipzig/radwege-30-kilometer-123';
const TITLE = 'Hafenstreik in Hamburg: Terminals stehen still';

let fake: FakeDiscord;
let desk: DeskBot;
let dataDir: string;
let site: PageServer;
/** What the site serves at ARTICLE_PATH; a test updates it as an outlet updates a story. */
let hafenPage: string;

beforeAll(async () => {
  hafenPage = await readFile('tests/fixtures/pages/hafenstreik.html', 'utf8');
  site = await startPageServer({
    [ARTICLE_PATH]: (req, res) => html(hafenPage)(req, res),
    [RADWEGE_PATH]: html(await readFile('tests/fixtures/pages/og-only.html', 'utf8')),
    // The site's mobile copy: the same reporting under another address, naming no canonical URL.
    '/m/hafenstreik': (req, res) => html(withoutCanonical(hafenPage))(req, res),
    '/bild.jpg': (_req, res) => void res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.alloc(64)),
  });
  fake = await startFakeDiscord();
  dataDir = await copyOfData();
  // The tests' page server is on 127.0.0.1, which the address check refuses unless told otherwise.
  desk = await startDeskBot(fake, {
    DATA_DIR: dataDir,
    STATE_DIR: await freshStateDir(),
    INGEST_ALLOW_PRIVATE: 'true',
    AUDIT_CHANNEL_ID: fake.channelId,
  });
});
afterAll(async () => {
  await desk?.stop();
  await fake?.close();
  await site?.close();
});

const withoutCanonical = (page: string) =>
  page.replace(/<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>|"mainEntityOfPage":\{[^}]*\},/g, '');

/** A moderator's /ingest: resolves with the reply the bot edited into its deferred answer. */
async function ingest(url: string, moderator = true, locale?: string): Promise<{ deferred: number; content: string }> {
  return answerOf(
    sendCommand(fake, 'ingest', { moderator, strings: [{ name: 'url', value: url }], ...(locale && { locale }) }),
  );
}

async function answerOf(interaction: SentInteraction): Promise<{ deferred: number; content: string }> {
  const callback = await fake.waitForRequest(interactionCallback(interaction.id), 15_000);
  if (callback.body.type !== 5) {
    expectAcceptedByDiscord(callback.body.data);
    return { deferred: callback.body.type, content: callback.body.data.content };
  }
  const edit = await fake.waitForRequest(
    route('PATCH', new RegExp(`/webhooks/\\d+/${interaction.token}/messages/@original$`)),
    30_000,
  );
  expectAcceptedByDiscord(edit.body);
  return { deferred: 5, content: edit.body.content };
}

async function search(text: string): Promise<string> {
  const interaction = sendCommand(fake, 'search', { strings: [{ name: 'query', value: text }] });
  const callback = await fake.waitForRequest(interactionCallback(interaction.id), 15_000);
  return JSON.stringify(callback.body.data);
}

describe('/ingest through Discord', () => {
  it('refuses a member without Manage Server and fetches nothing', async () => {
    const { content } = await ingest(site.url(ARTICLE_PATH), false);
    expect(content).toContain('Only moderators');
    expect(site.requests).toHaveLength(0);
  });

  it('adds a linked article with its outlet, date and link, and /search then finds and cites it', async () => {
    expect(await search('Burchardkai')).not.toContain(TITLE);
    const { deferred, content } = await ingest(`${site.url(ARTICLE_PATH)}?utm_source=newsletter`);
    expect(deferred).toBe(5);
    expect(content).toContain(`Added to the archive: ${TITLE}`);
    expect(content).toMatch(
      /Hanseatische Rundschau · 2025-03-10 · 7 paragraphs · id hanseatische-rundschau_[0-9a-f]{16}/,
    );
    expect(content).toContain(
      '<https://www.hanseatische-rundschau.example/hamburg/hafenstreik-terminals-stehen-still-a-41873.html>',
    );
    expect(content).toMatch(/Figures: \+\d+ in the archive\./);
    // The reload it caused is audited under the moderator's mention, never a raw id, and pings nobody.
    const audit = await fake.waitForRequest(route('POST', `/channels/${fake.channelId}/messages`));
    expect(audit.body.content).toMatch(new RegExp(`^Reload by <@${fake.userId}>:\n`));
    expect(audit.body.allowed_mentions).toEqual({ parse: [] });

    const found = await search('Burchardkai Warnstreik');
    expect(found).toContain(TITLE);
    expect(found).toContain('Hanseatische Rundschau · 2025-03-10 · ¶ ');
    // Only the headline says "Hafenstreik": found there, and cited as the headline, not as a paragraph.
    const headline = await search('Hafenstreik');
    expect(headline).toContain(`"name":"1. ${TITLE}","value":"> ${TITLE}`);
    expect(headline).toContain(
      'Hanseatische Rundschau · 2025-03-10 · headline · [article](https://www.hanseatische-rundschau.example/',
    );
    // Only the standfirst (the page's teaser) says "tagelangen": quoted whole, and cited as the standfirst.
    const teaser = await search('tagelangen');
    expect(teaser).toContain(
      '"value":"> Verdi legt den Hamburger Hafen lahm. Reedereien rechnen mit tagelangen Verzögerungen.',
    );
    expect(teaser).toContain('Hanseatische Rundschau · 2025-03-10 · standfirst · [article]');
    const files = (await readdir(join(dataDir, 'articles'))).filter((f) => f.startsWith('hanseatische-rundschau_'));
    expect(files.sort()).toEqual([expect.stringMatching(/\.meta\.json$/), expect.stringMatching(/\.txt$/)]);
  });

  it('fetched again by another link to the same article, says it is already there and adds no copy', async () => {
    const before = desk.holder.current.articles.size;
    const { content } = await ingest(`${site.url(ARTICLE_PATH)}?utm_campaign=share`);
    expect(content).toContain(`Already in the archive, unchanged: ${TITLE}`);
    expect(desk.holder.current.articles.size).toBe(before);
  });

  it('takes an updated version in place of the earlier one, and reports it as updated', async () => {
    const before = desk.holder.current.articles.size;
    const update =
      '<p>Am Dienstagabend haben Verdi und die Arbeitgeber eine Schlichtung vereinbart. Der Streik endet damit vorzeitig, die Terminals sollen ab Mittwochfrüh wieder abgefertigt werden.</p>';
    hafenPage = hafenPage.replace(
      '</div>\n  <footer class="article-footer">',
      `${update}\n  </div>\n  <footer class="article-footer">`,
    );
    const { content } = await ingest(site.url(ARTICLE_PATH));
    expect(content).toContain(`Updated in the archive: ${TITLE}`);
    expect(content).toContain('· 8 paragraphs ·');
    expect(desk.holder.current.articles.size).toBe(before);
    expect(await search('Schlichtung')).toContain(TITLE);
  });

  it('recognises the same article by its text under another address, and names the copy it already has', async () => {
    const before = await readdir(join(dataDir, 'articles'));
    const { content } = await ingest(site.url('/m/hafenstreik'));
    expect(content).toMatch(
      new RegExp(`^Already in the archive as ${TITLE} \\(id hanseatische-rundschau_[0-9a-f]{16}\\): the same text`),
    );
    expect(await readdir(join(dataDir, 'articles'))).toEqual(before);
  });

  it('answers a German moderator in German, with German dates and numbers', async () => {
    const again = await ingest(site.url(ARTICLE_PATH), true, 'de');
    expect(again.content).toContain(`Bereits im Archiv, unverändert: ${TITLE}`);
    expect(again.content).toMatch(
      /Hanseatische Rundschau · Mo\., 10\. März 2025 · 8 Absätze · ID hanseatische-rundschau_/,
    );
    const refused = await ingest(site.url('/bild.jpg'), true, 'de');
    expect(refused.content).toBe(
      `Nicht aufgenommen: ${site.url('/bild.jpg')}\nder Link liefert image/jpeg, keine Webseite.`,
    );
    const copy = await ingest(site.url('/m/hafenstreik'), true, 'de');
    expect(copy.content).toContain(`Bereits im Archiv als ${TITLE} (ID hanseatische-rundschau_`);
  });

  it('says why a link that is not a web page was not added, and writes nothing', async () => {
    const before = await readdir(join(dataDir, 'articles'));
    const { content } = await ingest(site.url('/bild.jpg'));
    expect(content).toBe(`Not added: ${site.url('/bild.jpg')}\nthe link serves image/jpeg, not a web page.`);
    expect(await readdir(join(dataDir, 'articles'))).toEqual(before);
  });
});

describe('"Add to archive" on a message', () => {
  it('adds the article a reporter linked, which /search then finds with its outlet and date', async () => {
    expect(await search('Radstreifen Stellplätze')).not.toContain('Leipziger Abendblatt');
    const interaction = sendMessageCommand(
      fake,
      'Add to archive',
      { content: `Stadtrat hat entschieden, siehe ${site.url(RADWEGE_PATH)}.` },
      { moderator: true },
    );
    const { deferred, content } = await answerOf(interaction);
    expect(deferred).toBe(5);
    expect(content).toContain('Added to the archive: Neue Radwege: Stadt plant 30 Kilometer bis 2027');
    expect(content).toContain('Leipziger Abendblatt · 2025-06-02');
    const found = await search('Radstreifen Stellplätze');
    expect(found).toContain('Leipziger Abendblatt');
    expect(found).toContain('Neue Radwege');
  });

  it('refuses a member without Manage Server, and says so when the message has no link', async () => {
    const refused = await answerOf(sendMessageCommand(fake, 'Add to archive', { content: site.url(RADWEGE_PATH) }));
    expect(refused.content).toContain('Only moderators');
    const none = await answerOf(
      sendMessageCommand(fake, 'Add to archive', { content: 'Gute Arbeit!' }, { moderator: true }),
    );
    expect(none.content).toContain('That message has no web links to add.');
    const keine = await answerOf(
      sendMessageCommand(fake, 'Add to archive', { content: 'Gute Arbeit!' }, { moderator: true, locale: 'de' }),
    );
    expect(keine.content).toContain('Diese Nachricht enthält keine Weblinks zum Aufnehmen.');
  });

  it('answers five links in one German reply that fits Discord, each with what became of it', async () => {
    const links = [ARTICLE_PATH, '/m/hafenstreik', RADWEGE_PATH, '/bild.jpg', '/fehlt'].map((p) => site.url(p));
    const reply = await answerOf(
      sendMessageCommand(fake, 'Add to archive', { content: links.join(' ') }, { moderator: true, locale: 'de' }),
    );
    expect(reply.content).toContain(`Bereits im Archiv, unverändert: ${TITLE}`);
    expect(reply.content).toContain(`Bereits im Archiv als ${TITLE}`);
    expect(reply.content).toContain('Bereits im Archiv, unverändert: Neue Radwege');
    expect(reply.content).toContain('der Link liefert image/jpeg, keine Webseite.');
    expect(reply.content).toContain('die Website antwortete mit 404');
    expect(reply.content).not.toMatch(/Added|Not added|paragraphs/);
  });
});
