import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../corpus/article';
import { loadDigestState } from '../state/digest-state';
import type { DigestEngine } from './compose-digest';
import { DIGEST_LOCK_FILE, type DigestContext, type DigestPoster, runDigest } from './digest-run';
import type { DigestMessage } from './render-digest';

const A = '111111111111111111';
const B = '222222222222222222';

function article(id: string, title: string): Article {
  return {
    id,
    title,
    outlet: 'dpa',
    published: '2025-04-28',
    url: null,
    language: 'de',
    paragraphs: [],
    contentHash: id,
  };
}

interface Post {
  channelId: string;
  message: DigestMessage;
  nonce: string;
}

function recordingPoster(failFor: Set<string> = new Set()): DigestPoster & { posts: Post[] } {
  const posts: Post[] = [];
  return {
    posts,
    async post(channelId, message, nonce) {
      if (failFor.has(channelId)) throw Object.assign(new Error('Internal Server Error'), { status: 500 });
      posts.push({ channelId, message, nonce });
      return { messageId: String(posts.length) };
    },
  };
}

function textOf(post: Post | undefined): string {
  const embed = post?.message.embeds?.[0];
  return post?.message.content ?? `${embed?.title}\n${embed?.description}`;
}

let stateDir: string;
let logLines: string[];
let articles: Article[];
let ctx: DigestContext & { poster: ReturnType<typeof recordingPoster> };

beforeEach(async () => {
  stateDir = await mkdtemp(join(tmpdir(), 'factdesk-digest-'));
  logLines = [];
  articles = [article('000_a', 'Nordkorea bestätigt Soldaten')];
  const engine = (): DigestEngine => ({
    articles: new Map(articles.map((a) => [a.id, a])),
    figureBoard: () => [],
    topicFigures: () => null,
    topSources: () => [],
  });
  ctx = {
    engine,
    stateDir,
    channelIds: [A, B],
    timezone: 'Europe/Berlin',
    poster: recordingPoster(),
    log: pino({ level: 'info' }, { write: (line: string) => logLines.push(line) }),
  };
});

const at = (iso: string) => new Date(iso);

describe('runDigest', () => {
  it('posts to every configured channel once per slot, even when run again (restart, second process)', async () => {
    const first = await runDigest(ctx, { kind: 'scheduled', slot: at('2026-11-23T07:00:00.000Z') });
    expect(first.sent).toEqual([A, B]);
    expect(textOf(ctx.poster.posts[0])).toContain('Nordkorea bestätigt Soldaten');
    const again = await runDigest(ctx, { kind: 'scheduled', slot: at('2026-11-23T07:00:00.000Z') });
    expect(again.sent).toEqual([]);
    expect(again.alreadySent).toEqual([A, B]);
    expect(ctx.poster.posts).toHaveLength(2);
  });

  it('a failed post is logged with the channel id, not recorded, and retried with its articles at the next run', async () => {
    ctx.poster = recordingPoster(new Set([B]));
    const run = await runDigest(ctx, { kind: 'scheduled', slot: at('2026-11-23T07:00:00.000Z') });
    expect(run.failed).toEqual([{ channelId: B, error: '500 Internal Server Error' }]);
    const logged = logLines.map((l) => JSON.parse(l)).find((l) => l.msg.includes('post failed'));
    expect(logged).toMatchObject({ channelId: B, level: 50 });
    const state = (await loadDigestState(stateDir)).state;
    expect(Object.keys(state.channels)).toEqual([A]);

    ctx.poster = recordingPoster();
    const next = await runDigest(ctx, { kind: 'scheduled', slot: at('2026-11-24T07:00:00.000Z') });
    expect(next.sent).toEqual([A, B]);
    const [forA, forB] = ctx.poster.posts;
    expect(textOf(forA)).toContain('nothing new');
    expect(textOf(forB)).toContain('Nordkorea bestätigt Soldaten');
  });

  it('two processes running the same slot at once post each channel exactly once', async () => {
    const slot = { kind: 'scheduled', slot: at('2026-11-23T07:00:00.000Z') } as const;
    const other = { ...ctx, poster: recordingPoster() };
    const [mine, theirs] = await Promise.all([runDigest(ctx, slot), runDigest(other, slot)]);
    expect([...mine.sent, ...theirs.sent].sort()).toEqual([A, B]);
    expect(ctx.poster.posts.length + other.poster.posts.length).toBe(2);
  });

  it('does not post while another process holds the lock', async () => {
    await writeFile(join(stateDir, DIGEST_LOCK_FILE), JSON.stringify({ pid: process.pid, host: 'elsewhere', at: '' }));
    const run = await runDigest(ctx, { kind: 'scheduled', slot: at('2026-11-23T07:00:00.000Z') });
    expect(run.skipped).toBe('locked');
    expect(ctx.poster.posts).toEqual([]);
  });

  it('uses a per-channel, per-slot nonce so Discord can drop a duplicate', async () => {
    await runDigest(ctx, { kind: 'scheduled', slot: at('2026-11-23T07:00:00.000Z') });
    const [a, b] = ctx.poster.posts;
    expect(a?.nonce.length).toBeLessThanOrEqual(25);
    expect(a?.nonce).not.toBe(b?.nonce);
  });
});

describe('start-up catch-up', () => {
  const schedule = (nextDue: string) => ({ pattern: '0 8 * * 1-5', nextDue: at(nextDue) });

  it('a first start with no state catches nothing up, but records when the next run is due', async () => {
    const run = await runDigest(
      ctx,
      { kind: 'start-up', now: at('2026-11-23T06:00:00Z'), catchUp: true },
      schedule('2026-11-23T07:00:00.000Z'),
    );
    expect(run.skipped).toBe('nothing-missed');
    expect(ctx.poster.posts).toEqual([]);
    expect((await loadDigestState(stateDir)).state.schedule?.nextDue).toBe('2026-11-23T07:00:00.000Z');
  });

  it('a restart before the next due run posts nothing', async () => {
    await runDigest(
      ctx,
      { kind: 'scheduled', slot: at('2026-11-20T07:00:00.000Z') },
      schedule('2026-11-23T07:00:00.000Z'),
    );
    const run = await runDigest(
      ctx,
      { kind: 'start-up', now: at('2026-11-21T12:00:00Z'), catchUp: true },
      schedule('2026-11-23T07:00:00.000Z'),
    );
    expect(run.sent).toEqual([]);
    expect(ctx.poster.posts).toHaveLength(2);
  });

  it('after missed runs, posts exactly one digest per channel, once', async () => {
    await runDigest(
      ctx,
      { kind: 'scheduled', slot: at('2026-11-20T07:00:00.000Z') },
      schedule('2026-11-23T07:00:00.000Z'),
    );
    articles.push(article('001_b', 'Neue Gefechte in Kursk'));
    // Down over Monday's and Tuesday's runs; back on Tuesday afternoon.
    const now = at('2026-11-24T15:00:00Z');
    const run = await runDigest(ctx, { kind: 'start-up', now, catchUp: true }, schedule('2026-11-25T07:00:00.000Z'));
    expect(run.sent).toEqual([A, B]);
    expect(ctx.poster.posts.slice(2).map((p) => textOf(p))).toEqual([
      expect.stringContaining('Neue Gefechte in Kursk'),
      expect.stringContaining('Neue Gefechte in Kursk'),
    ]);
    const again = await runDigest(ctx, { kind: 'start-up', now, catchUp: true }, schedule('2026-11-25T07:00:00.000Z'));
    expect(again.sent).toEqual([]);
    expect(ctx.poster.posts).toHaveLength(4);
  });

  it('DIGEST_CATCH_UP=false posts nothing at start-up', async () => {
    await runDigest(
      ctx,
      { kind: 'scheduled', slot: at('2026-11-20T07:00:00.000Z') },
      schedule('2026-11-23T07:00:00.000Z'),
    );
    const run = await runDigest(
      ctx,
      { kind: 'start-up', now: at('2026-11-24T15:00:00Z'), catchUp: false },
      schedule('2026-11-25T07:00:00.000Z'),
    );
    expect(run.skipped).toBe('catch-up-off');
    expect(ctx.poster.posts).toHaveLength(2);
  });
});
