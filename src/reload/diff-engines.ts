import type { EngineSummary, SummarizableEngine } from './engine-summary';

interface ArticleRef {
  id: string;
  title: string;
}

interface CountChange {
  name: string;
  before: number;
  after: number;
}

/** What a reload changed, as users of the bot will notice it. */
export interface ReloadDiff {
  added: ArticleRef[];
  /** Same id, different content (text or metadata). */
  changed: ArticleRef[];
  removed: ArticleRef[];
  figures: { before: number; after: number };
  attributions: { before: number; after: number };
  /** Topics whose number of figures went up or down (including to or from zero). */
  topics: CountChange[];
  /** Sources quoted now that were not quoted before, and the reverse. */
  sourcesGained: string[];
  sourcesLost: string[];
}

function countChanges(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): CountChange[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  const changes: CountChange[] = [];
  for (const name of names) {
    const b = before.get(name) ?? 0;
    const a = after.get(name) ?? 0;
    if (a !== b) changes.push({ name, before: b, after: a });
  }
  return changes.sort(
    (x, y) => Math.abs(y.after - y.before) - Math.abs(x.after - x.before) || x.name.localeCompare(y.name),
  );
}

type ArticleSeen = Pick<EngineSummary['articles'][number], 'title' | 'contentHash'>;

/** What a diff compares, whether read from a saved summary or from an engine itself. */
interface Compared {
  articles: ReadonlyMap<string, ArticleSeen>;
  figures: number;
  attributions: number;
  topics: ReadonlyMap<string, number>;
  /** Names of the sources quoted at least once. */
  sources: ReadonlySet<string>;
}

function diffCompared(old: Compared, next: Compared): ReloadDiff {
  const added: ArticleRef[] = [];
  const changed: ArticleRef[] = [];
  for (const [id, article] of next.articles) {
    const before = old.articles.get(id);
    if (!before) added.push({ id, title: article.title });
    else if (before.contentHash !== article.contentHash) changed.push({ id, title: article.title });
  }
  const removed: ArticleRef[] = [];
  for (const [id, article] of old.articles) if (!next.articles.has(id)) removed.push({ id, title: article.title });
  const byId = (a: ArticleRef, b: ArticleRef) => a.id.localeCompare(b.id);
  return {
    added: added.sort(byId),
    changed: changed.sort(byId),
    removed: removed.sort(byId),
    figures: { before: old.figures, after: next.figures },
    attributions: { before: old.attributions, after: next.attributions },
    topics: countChanges(old.topics, next.topics),
    sourcesGained: [...next.sources].filter((s) => !old.sources.has(s)).sort(),
    sourcesLost: [...old.sources].filter((s) => !next.sources.has(s)).sort(),
  };
}

function comparedSummary(summary: EngineSummary): Compared {
  return {
    articles: new Map(summary.articles.map((a) => [a.id, a])),
    figures: summary.figures,
    attributions: summary.attributions,
    topics: new Map(Object.entries(summary.topics)),
    sources: new Set(Object.keys(summary.sources)),
  };
}

// Read from the engine as it is, not through a summary: at 50,000 articles a summary is 50,000 article records
// and 200,000 source names in objects used as dictionaries, made twice per reload to be thrown away.
function comparedEngine(engine: SummarizableEngine): Compared {
  const stats = engine.stats();
  return {
    articles: engine.articles,
    figures: stats.figures,
    attributions: stats.attributions,
    topics: new Map(engine.figureBoard().map((spread) => [spread.label, spread.figures])),
    sources: new Set(engine.topSources(Number.MAX_SAFE_INTEGER).map((source) => source.name)),
  };
}

/** Pure, linear in the number of articles: the difference between two corpus summaries. */
export function diffSummaries(old: EngineSummary, next: EngineSummary): ReloadDiff {
  return diffCompared(comparedSummary(old), comparedSummary(next));
}

/** Pure: what swapping `old` for `next` changes for users. */
export function diffEngines(old: SummarizableEngine, next: SummarizableEngine): ReloadDiff {
  return diffCompared(comparedEngine(old), comparedEngine(next));
}

export function isUnchanged(diff: ReloadDiff): boolean {
  return (
    diff.added.length + diff.changed.length + diff.removed.length === 0 &&
    diff.figures.before === diff.figures.after &&
    diff.attributions.before === diff.attributions.after &&
    diff.topics.length + diff.sourcesGained.length + diff.sourcesLost.length === 0
  );
}
