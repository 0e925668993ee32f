import type { ArticleHeader } from '../corpus/article';
import type { Answer } from '../engine/answer';
import type { Engine, SourceCount, TopicSpread } from '../engine/engine';
import type { DigestState } from '../state/digest-state';

/** What a digest lists about an article: enough to cite it and to ask for it with /article. */
export interface DigestArticle {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

export interface Digest {
  channelId: string;
  /** The scheduled time (ISO) this digest is for. */
  slot: string;
  /** The slot of the channel's previous digest; null for its first. */
  since: string | null;
  /** `first`: no digest went to the channel before; `nothing-new`: says so in one line instead of repeating. */
  kind: 'first' | 'update' | 'nothing-new';
  /** Newly added articles (all of them: renderers cap what they show), newest publication first. */
  articles: DigestArticle[];
  /** Every topic with figures, most figures first, each with its figures as /figure's first page lists them. */
  board: BoardTopic[];
  sources: SourceCount[];
}

/** A topic on the figure board: its spread across the corpus and its figures as `/figure` answers them. */
export interface BoardTopic {
  topic: TopicSpread;
  /** Null when the engine has no figures to list for it (the board only lists topics with figures). */
  figures: Answer | null;
}

/** The part of the engine a digest reads; the whole Engine satisfies it. */
export type DigestEngine = Pick<Engine, 'figureBoard' | 'topicFigures' | 'topSources'> & {
  readonly articles: ReadonlyMap<string, ArticleHeader>;
};

const DIGEST_TOP_SOURCES = 5;

/**
 * The articles a channel has not had in a digest yet: those never seen by any digest, and those first seen after
 * the channel's own last digest (it missed them because its post failed, or it was added to DIGEST_CHANNEL_IDS
 * later). One pass over the corpus, no file times: a re-copied file is not "new".
 */
function newArticlesFor(
  articles: Iterable<ArticleHeader>,
  seen: Readonly<Record<string, string>>,
  lastSlot: string | null,
): ArticleHeader[] {
  const lastTime = lastSlot === null ? null : Date.parse(lastSlot);
  const fresh: ArticleHeader[] = [];
  for (const article of articles) {
    const firstSeen = seen[article.id];
    if (firstSeen === undefined || lastTime === null || Date.parse(firstSeen) > lastTime) fresh.push(article);
  }
  return fresh;
}

function byNewestFirst(a: DigestArticle, b: DigestArticle): number {
  // Undated articles last: a reporter scanning the digest wants the latest reporting on top.
  return (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id);
}

/** Pure: the digest a channel would receive for `slot`, given the engine in service and the persisted state. */
export function composeDigest(engine: DigestEngine, state: DigestState, channelId: string, slot: string): Digest {
  const since = state.channels[channelId]?.lastSlot ?? null;
  const articles = newArticlesFor(engine.articles.values(), state.seen, since)
    .map(({ id, title, outlet, published, url }) => ({ id, title, outlet, published, url }))
    .sort(byNewestFirst);
  const kind = since === null ? 'first' : articles.length === 0 ? 'nothing-new' : 'update';
  if (kind === 'nothing-new') return { channelId, slot, since, kind, articles, board: [], sources: [] };
  return {
    channelId,
    slot,
    since,
    kind,
    articles,
    board: engine.figureBoard().map((topic) => ({ topic, figures: engine.topicFigures(topic.topicId) })),
    sources: engine.topSources(DIGEST_TOP_SOURCES),
  };
}

/**
 * Pure: the state after `digest` was really posted. Articles nobody had seen are stamped with this slot, so every
 * other channel still gets them until its own post succeeds. Only articles still in the corpus are kept, so the
 * state file stays the size of the corpus however long the desk runs.
 */
export function recordDigestSent(
  state: DigestState,
  digest: Pick<Digest, 'channelId' | 'slot'>,
  corpusIds: Iterable<string>,
  sent: { at: string; messageId?: string },
): DigestState {
  const seen: Record<string, string> = {};
  for (const id of corpusIds) seen[id] = state.seen[id] ?? digest.slot;
  const channel = { lastSlot: digest.slot, sentAt: sent.at, ...(sent.messageId ? { messageId: sent.messageId } : {}) };
  return { ...state, seen, channels: { ...state.channels, [digest.channelId]: channel } };
}
