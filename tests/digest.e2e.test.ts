import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { interactionCallback, route, startFakeDiscord, type FakeDiscord } from './fake-discord';
import { channelPosts, type DeskBot, freshStateDir, sendCommand, startDeskBot } from './desk-bot';
import { expectAcceptedByDiscord } from './support/discord-limits-check';

let fake: FakeDiscord;
const running: DeskBot[] = [];

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterEach(async () => {
  for (const desk of running.splice(0)) await desk.stop();
});
afterAll(async () => {
  await fake?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A cron expression firing once a minute, at the second `lead` seconds from now. */
function secondsFromNow(lead: number): { cron: string; at: number } {
  const at = Math.ceil((Date.now() + lead * 1000) / 1000) * 1000;
  return { cron: `${new Date(at).getUTCSeconds()} * * * * *`, at };
}

async function start(settings: Record<string, string>): Promise<DeskBot> {
  const desk = await startDeskBot(fake, { DATA_DIR: 'data', DIGEST_CHANNEL_IDS: fake.channelId, ...settings });
  running.push(desk);
  return desk;
}

async function stop(desk: DeskBot): Promise<void> {
  running.splice(running.indexOf(desk), 1);
  await desk.stop();
}

const postedOk = () => channelPosts(fake).filter((r) => r.status === 200);

describe('scheduled digest through Discord', () => {
  it('posts on schedule, with the new articles cited, the figure board and the most-quoted sources; a restart in the same period posts nothing again', async () => {
    const stateDir = await freshStateDir();
    const { cron, at } = secondsFromNow(3);
    const before = postedOk().length;
    const desk = await start({ STATE_DIR: stateDir, DIGEST_CRON: cron });
    // A first start has no state, so nothing is caught up: the first post comes at the scheduled second.
    expect(desk.scheduler?.startUp).toMatchObject({ skipped: 'nothing-missed' });
    const post = await fake.waitForRequest(
      (r) => route('POST', `/channels/${fake.channelId}/messages`)(r) && r.at >= at - 100,
      10_000,
    );
    expect(post.at).toBeGreaterThanOrEqual(at - 100);

    const engine = desk.holder.current;
    const embed = post.body.embeds[0];
    expect(embed.title).toMatch(/^Factdesk digest · /);
    expect(embed.description).toContain(`First digest: ${engine.articles.size} articles in the corpus`);
    for (const article of engine.articles.values()) {
      const title = article.url ? `[${article.title}](${article.url})` : article.title;
      expect(embed.description).toContain(
        `• ${title} — ${article.outlet ?? 'unknown outlet'}, ${article.published ?? 'undated'}`,
      );
      expect(embed.description).not.toContain(`[${article.id}]`);
    }
    const board = engine.figureBoard();
    expect(board.length).toBeGreaterThan(0);
    // The board is an embed of its own: a table per topic, its spread line on top, as /figure's first page.
    const boardEmbed = post.body.embeds[1];
    expect(boardEmbed.title).toBe('Figure board');
    const tables = boardEmbed.fields.map((f: { name: string; value: string }) => f);
    const names = tables.map((f: { name: string }) => f.name);
    for (const row of board.slice(0, 3)) expect(names).toContain(`${row.label}: ${row.summary}`);
    const largest = board[0]!;
    const troops = tables.find((f: { name: string }) => f.name.startsWith(`${largest.label}: `));
    const figureAnswer = engine.topicFigures(largest.topicId);
    const first = figureAnswer?.results[0];
    expect(troops.value).toContain(`**${first?.figure?.value.toLocaleString('en-US')}**\n• `);
    expect(troops.value).toContain(`— ${first?.outlet ?? 'unknown outlet'}, ${first?.published ?? 'undated'}`);
    expectAcceptedByDiscord(post.body);
    const [top] = engine.topSources(1);
    const sourcesField = embed.fields.find((f: { name: string }) => f.name === 'Most-quoted sources');
    expect(sourcesField.value.split('\n')[0]).toBe(
      `${top?.name}: ${top?.count} sentence${top?.count === 1 ? '' : 's'}`,
    );
    expect(postedOk().length).toBe(before + 1);

    await stop(desk);
    const restarted = await start({ STATE_DIR: stateDir, DIGEST_CRON: cron });
    expect(restarted.scheduler?.startUp).toMatchObject({ skipped: 'nothing-missed', sent: [] });
    await sleep(1000);
    expect(postedOk().length).toBe(before + 1);
  });

  it('a run missed while the bot was down is posted exactly once at start-up', async () => {
    const stateDir = await freshStateDir();
    const { cron, at } = secondsFromNow(2);
    const before = postedOk().length;
    const desk = await start({ STATE_DIR: stateDir, DIGEST_CRON: cron });
    await stop(desk); // down before the scheduled second
    await sleep(Math.max(0, at - Date.now()) + 500);
    expect(postedOk().length).toBe(before);

    const back = await start({ STATE_DIR: stateDir, DIGEST_CRON: cron });
    expect(back.scheduler?.startUp).toMatchObject({ sent: [fake.channelId] });
    expect(postedOk().length).toBe(before + 1);
    expect(postedOk().at(-1)?.body.embeds[0].description).toMatch(/^\*\*First digest: /);

    await stop(back);
    const again = await start({ STATE_DIR: stateDir, DIGEST_CRON: cron });
    expect(again.scheduler?.startUp).toMatchObject({ sent: [] });
    await sleep(500);
    expect(postedOk().length).toBe(before + 1);
  });

  it('a 500 on the post is logged with the channel, not recorded as sent, and retried at the next run; a channel that is gone does not stop the others', async () => {
    const stateDir = await freshStateDir();
    const gone = '100000000000000042';
    const posts = route('POST', `/channels/${fake.channelId}/messages`);
    // discord.js retries a 5xx three times itself; all four attempts of the first run fail.
    for (let i = 0; i < 4; i += 1)
      fake.failNext(posts, { status: 500, body: { message: '500: Internal Server Error', code: 0 } });
    const before = postedOk().length;
    const desk = await start({
      STATE_DIR: stateDir,
      DIGEST_CRON: '*/2 * * * * *',
      DIGEST_CHANNEL_IDS: `${fake.channelId},${gone}`,
    });
    const failures = (channelId: string) =>
      desk.logs.lines().filter((l) => l.msg?.includes('post failed') && l.channelId === channelId);

    await expect
      .poll(() => failures(fake.channelId)[0], { timeout: 15_000 })
      .toMatchObject({ level: 50, err: expect.stringMatching(/^500 /) });
    await expect
      .poll(() => failures(gone)[0], { timeout: 15_000 })
      .toMatchObject({ level: 50, err: expect.stringMatching(/^404 /) });
    const state = JSON.parse(await readFile(join(stateDir, 'digest-state.json'), 'utf8'));
    expect(state.channels[fake.channelId]).toBeUndefined();
    expect(postedOk().length).toBe(before);

    await expect.poll(() => postedOk().length, { timeout: 15_000 }).toBe(before + 1);
    // Retried as the same digest: the channel never got one, so it is still its first.
    expect(postedOk().at(-1)?.body.embeds[0].description).toMatch(/^\*\*First digest: /);
    // The gone channel is tried again in the same run, after the retried post: wait for its second failure too.
    await expect.poll(() => failures(gone).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    await expect
      .poll(
        async () => JSON.parse(await readFile(join(stateDir, 'digest-state.json'), 'utf8')).channels[fake.channelId],
        { timeout: 10_000 },
      )
      .toBeDefined();
    // Generous waits: discord.js backs off between its own 5xx retries, and CI machines are busy.
  }, 60_000);
});

describe('/digest', () => {
  it('preview shows the next digest only to the one who asks, and posts nothing', async () => {
    const desk = await start({ STATE_DIR: await freshStateDir(), DIGEST_CRON: '0 8 * * 1-5' });
    const before = channelPosts(fake).length;
    const callback = await fake.waitForRequest(
      interactionCallback(sendCommand(fake, 'digest', { subcommand: 'preview' }).id),
    );
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags & 64).toBe(64);
    expect(callback.body.data.content).toContain('Preview of the next digest for this channel (not posted)');
    expect(callback.body.data.embeds[0].description).toContain(
      `First digest: ${desk.holder.current.articles.size} articles`,
    );
    expect(channelPosts(fake).length).toBe(before);
  });

  it('a German desk (DESK_LOCALE=de) posts its digest in German, while an English moderator is answered in English', async () => {
    const desk = await start({ STATE_DIR: await freshStateDir(), DIGEST_CRON: '0 8 * * 1-5', DESK_LOCALE: 'de' });
    const before = postedOk().length;
    const interaction = sendCommand(fake, 'digest', { subcommand: 'now', moderator: true, locale: 'en-US' });
    const edit = await fake.waitForRequest(
      route('PATCH', new RegExp(`/webhooks/\\d+/${interaction.token}/messages/@original$`)),
    );
    expect(edit.body.content).toBe(`Digest posted to <#${fake.channelId}>.`);
    const post = postedOk()[before];
    expect(post).toBeDefined();
    expectAcceptedByDiscord(post?.body ?? {});
    const embed = post?.body.embeds[0];
    expect(embed.title).toMatch(/^Factdesk-Überblick · (Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. /);
    expect(embed.description).toContain(`Erster Überblick: ${desk.holder.current.articles.size} Artikel im Korpus`);
    const board = post?.body.embeds[1];
    expect(board.title).toBe('Zahlenübersicht');
    const names = board.fields.map((f: { name: string }) => f.name).join('\n');
    const tables = board.fields.map((f: { value: string }) => f.value).join('\n');
    expect(names).toMatch(/: \d{1,3}(\.\d{3})*(–\d{1,3}(\.\d{3})*)?.* laut \d+ Quellen?/);
    expect(`${names}\n${tables}`).not.toMatch(/\d,\d{3}/);
    expect(tables).toMatch(/^• .+ — .+, ((Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. .+ \d{4}|ohne Datum)$/m);
    // Topics by their German labels from the lexicon.
    expect(names).toMatch(/^Truppen: /m);
    expect(names).not.toMatch(/^Troops: /m);
    const sources = embed.fields.find((f: { name: string }) => f.name === 'Meistzitierte Quellen');
    expect(sources.value).toMatch(/: \d+ Sätze?/);
  });

  it('now is refused to non-moderators and posts for moderators; the next digest then has nothing new', async () => {
    await start({ STATE_DIR: await freshStateDir(), DIGEST_CRON: '0 8 * * 1-5' });
    const before = postedOk().length;
    const refused = await fake.waitForRequest(
      interactionCallback(sendCommand(fake, 'digest', { subcommand: 'now' }).id),
    );
    expect(refused.body.data.content).toContain('Only moderators');
    expect(postedOk().length).toBe(before);

    const interaction = sendCommand(fake, 'digest', { subcommand: 'now', moderator: true });
    const edit = await fake.waitForRequest(
      route('PATCH', new RegExp(`/webhooks/\\d+/${interaction.token}/messages/@original$`)),
    );
    expect(edit.body.content).toBe(`Digest posted to <#${fake.channelId}>.`);
    expect(postedOk().length).toBe(before + 1);

    const preview = await fake.waitForRequest(
      interactionCallback(sendCommand(fake, 'digest', { subcommand: 'preview' }).id),
    );
    expect(preview.body.data.content).toMatch(/nothing new since the last digest/);
    expect(preview.body.data.embeds ?? []).toEqual([]);
  });
});
