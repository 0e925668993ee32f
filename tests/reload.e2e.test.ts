import { cp, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureArchive } from '../scripts/bench/generate-archive';
import {
  interactionCallback,
  route,
  startFakeDiscord,
  type FakeDiscord,
  type RecordedRequest,
  type SentInteraction,
} from './fake-discord';
import { channelPosts, copyOfData, type DeskBot, freshStateDir, sendCommand, startDeskBot } from './desk-bot';

let fake: FakeDiscord;
let desk: DeskBot;
let dataDir: string;

beforeAll(async () => {
  fake = await startFakeDiscord();
  dataDir = await copyOfData();
  desk = await startDeskBot(fake, {
    DATA_DIR: dataDir,
    STATE_DIR: await freshStateDir(),
    AUDIT_CHANNEL_ID: fake.channelId,
  });
});
afterAll(async () => {
  await desk?.stop();
  await fake?.close();
});

const NEW_ID = '900_e2e0000000000001';
const NEW_TITLE = 'Neue Zahlen: Nordkorea verlegt weitere Truppen nach Kursk';
const NEW_TEXT = `${NEW_TITLE}

Die staatliche Nachrichtenagentur KCNA meldete am Dienstag, dass 7.300 Soldaten in der Region Kursk stationiert seien. Nach Angaben von KCNA sollen die Einheiten bis zum Frühjahr bleiben.

Die ukrainische Armee äußerte sich zunächst nicht zu dem Bericht.
`;

async function reply(interaction: SentInteraction): Promise<RecordedRequest> {
  return fake.waitForRequest(interactionCallback(interaction.id), 15_000);
}

/** A query as any reporter sends it; resolves with the embeds and content of the reply. */
async function query(name: string, option: string, value: string): Promise<{ content?: string; embeds?: unknown[] }> {
  const callback = await reply(sendCommand(fake, name, { strings: [{ name: option, value }] }));
  const { content, embeds } = callback.body.data ?? {};
  return { content, embeds };
}

const RELOADING = 'Reloading the data folder … ';

/** A moderator's /reload: `deferred` resolves when the bot acknowledged it, `reported` with the report it edited in. */
function startReload(): { deferred: Promise<RecordedRequest>; reported: Promise<RecordedRequest> } {
  const interaction = sendCommand(fake, 'reload', { moderator: true });
  const edit = route('PATCH', new RegExp(`/webhooks/\\d+/${interaction.token}/messages/@original$`));
  // A long reload edits its progress in first; the report is the edit after those.
  const report = (r: RecordedRequest) => edit(r) && !String(r.body.content).startsWith(RELOADING);
  return { deferred: reply(interaction), reported: fake.waitForRequest(report, 60_000) };
}

async function reloadAsModerator(): Promise<string> {
  const { deferred, reported } = startReload();
  expect((await deferred).body.type).toBe(5);
  return (await reported).body.content;
}

describe('/reload through Discord', () => {
  it('refuses a non-moderator, ephemerally, logs the attempt and leaves the corpus alone', async () => {
    const engine = desk.holder.current;
    const interaction = sendCommand(fake, 'reload', { moderator: false });
    const callback = await reply(interaction);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags & 64).toBe(64);
    expect(callback.body.data.content).toContain('Only moderators');
    await expect
      .poll(() => desk.logs.lines().find((l) => l.msg === 'reload refused: not a moderator'))
      .toMatchObject({ userId: fake.userId, interactionId: interaction.id });
    expect(desk.holder.current).toBe(engine);
  });

  it('after a new article file is added, reports it and /source and /figure find it; the audit channel hears of it', async () => {
    const before = await query('source', 'name', 'kcna');
    expect(JSON.stringify(before)).not.toContain(NEW_TITLE);
    await writeFile(join(dataDir, 'articles', `${NEW_ID}.txt`), NEW_TEXT);
    await writeFile(
      join(dataDir, 'articles', `${NEW_ID}.meta.json`),
      JSON.stringify({ outlet: 'Testblatt', published: '2026-11-20' }),
    );
    const auditsBefore = channelPosts(fake).length;

    const report = await reloadAsModerator();
    expect(report).toMatch(/^Reloaded in [\d.]+ s: 6 articles in service\./);
    expect(report).toContain('Articles: 1 added, 0 changed, 0 removed.');
    expect(report).toContain(`+ ${NEW_ID} — ${NEW_TITLE}`);
    expect(report).toMatch(/Figures: \d+ → \d+ \(\+\d+\)/);

    expect(JSON.stringify(await query('source', 'name', 'kcna'))).toContain(NEW_TITLE);
    // The figure table lists the new article's figure with its outlet and date.
    const troops = JSON.stringify(await query('figure', 'topic', 'troops'));
    expect(troops).toMatch(/\*\*7,300\*\*\\n• [^\\]+ — Testblatt, 2026-11-20/);
    await expect.poll(() => channelPosts(fake).length).toBe(auditsBefore + 1);
    const audit = channelPosts(fake).at(-1)?.body;
    expect(audit?.content).toMatch(new RegExp(`^Reload by <@${fake.userId}>:\nReloaded in`));
    expect(audit?.allowed_mentions).toEqual({ parse: [] });
  });

  it('with a corrupt file, names it, keeps the old corpus, and every answer stays identical', async () => {
    const asked: Array<[string, string, string]> = [
      ['figure', 'topic', 'troops'],
      ['source', 'name', 'kcna'],
      ['search', 'text', 'Gerasimow'],
      ['article', 'id', NEW_ID],
    ];
    const before = [];
    for (const [name, option, value] of asked) before.push(await query(name, option, value));
    const engine = desk.holder.current;
    await writeFile(join(dataDir, 'articles', '901_kaputt.txt'), NEW_TEXT.replace('7.300', '9.900'));
    await writeFile(join(dataDir, 'articles', '901_kaputt.meta.json'), '{ "published": "gestern" }');

    const report = await reloadAsModerator();
    expect(report).toMatch(/^Reload refused \(1 invalid file\); the corpus in service is unchanged: 6 articles\./);
    expect(report).toContain('articles/901_kaputt.meta.json');
    expect(desk.holder.current).toBe(engine);
    for (const [i, [name, option, value]] of asked.entries())
      expect(await query(name, option, value)).toEqual(before[i]);

    await rm(join(dataDir, 'articles', '901_kaputt.txt'));
    await rm(join(dataDir, 'articles', '901_kaputt.meta.json'));
  });

  it('a query sent while a large corpus is being reloaded is answered at once, from the old corpus', async () => {
    const archive = ensureArchive({ seed: 17, size: 250, dataDir: 'data' });
    const real = new Set(archive.manifest.realArticleIds);
    const synthetic = (await readdir(join(archive.dir, 'articles'))).filter(
      (n) => n.endsWith('.txt') && !real.has(n.slice(0, -4)),
    );
    await cp(join(archive.dir, 'articles'), join(dataDir, 'articles'), { recursive: true });
    const probeId = synthetic[0]?.slice(0, -4) ?? '';
    const oldArticles = desk.holder.current.articles.size;
    const fromOldCorpus = await query('article', 'id', probeId);

    const { deferred, reported } = startReload();
    await deferred; // the reload is now reading and building
    let done = false;
    void reported.then(() => (done = true));
    const answers: Array<{ latencyMs: number; answer: Awaited<ReturnType<typeof query>> }> = [];
    while (!done) {
      const sentAt = Date.now();
      const answer = await query('article', 'id', probeId);
      answers.push({ latencyMs: Date.now() - sentAt, answer });
    }
    const report = await reported;
    // Any edit before the report showed progress, at most one per 2 s of the reload (the report is always last).
    const edits = fake.requests.filter((r) => r.method === 'PATCH' && r.path.includes(report.path) && r.at < report.at);
    for (const e of edits)
      expect(e.body.content).toMatch(
        /^Reloading the data folder … (Reading and analysing: [\d,]+ of [\d,]+ articles|Indexing)/,
      );
    expect(edits.length).toBeLessThanOrEqual(Math.floor((report.at - (await deferred).at) / 2000) + 1);
    const fromNewCorpus = await query('article', 'id', probeId);
    expect(fromNewCorpus).not.toEqual(fromOldCorpus);

    // Queries kept being answered all through the reload, promptly: the build never held the event loop for long.
    expect(answers.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...answers.map((a) => a.latencyMs))).toBeLessThan(1000);
    // Old corpus until the swap, the new one after it, nothing in between and no going back.
    const firstNew = answers.findIndex((a) => JSON.stringify(a.answer) !== JSON.stringify(fromOldCorpus));
    const old = firstNew === -1 ? answers : answers.slice(0, firstNew);
    expect(old.length).toBeGreaterThanOrEqual(2);
    for (const a of answers.slice(old.length)) expect(a.answer).toEqual(fromNewCorpus);
    expect(desk.holder.current.articles.size).toBe(oldArticles + synthetic.length);
    expect(report.body.content).toContain(`Articles: ${synthetic.length} added`);
  });
});
