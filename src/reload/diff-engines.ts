import { type EngineSummary, type SummarizableEngine, summarizeEngine } from './engine-summary';

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

function countChanges(before: Record<string, number>, after: Record<string, number>): CountChange[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: CountChange[] = [];
  for (const name of names) {
    const b = before[name] ?? 0;
    const a = after[name] ?? 0;
    if (a !== b) changes.push({ name, before: b, after: a });
  }
  return changes.sort(
    (x, y) => Math.abs(y.after - y.before) - Math.abs(x.after - x.before) || x.name.localeCompare(y.name),
  );
}

/** Pure, linear in the number of articles: the difference between two corpus summaries. */
export function diffSummaries(old: EngineSummary, next: EngineSummary): ReloadDiff {
  const oldById = new Map(old.articles.map((a) => [a.id, a]));
  const nextIds = new Set<string>();
  const added: ArticleRef[] = [];
  const changed: ArticleRef[] = [];
  for (const article of next.articles) {
    nextIds.add(article.id);
    const before = oldById.get(article.id);
    if (!before) added.push({ id: article.id, title: article.title });
    else if (before.contentHash !== article.contentHash) changed.push({ id: article.id, title: article.title });
  }
  const removed = old.articles.filter((a) => !nextIds.has(a.id)).map(({ id, title }) => ({ id, title }));
  const byId = (a: ArticleRef, b: ArticleRef) => a.id.localeCompare(b.id);
  return {
    added: added.sort(byId),
    changed: changed.sort(byId),
    removed: removed.sort(byId),
    figures: { before: old.figures, after: next.figures },
    attributions: { before: old.attributions, after: next.attributions },
    topics: countChanges(old.topics, next.topics),
    sourcesGained: Object.keys(next.sources)
      .filter((s) => !(s in old.sources))
      .sort(),
    sourcesLost: Object.keys(old.sources)
      .filter((s) => !(s in next.sources))
      .sort(),
  };
}

/** Pure: what swapping `old` for `next` changes for users. */
export function diffEngines(old: SummarizableEngine, next: SummarizableEngine): ReloadDiff {
  return diffSummaries(summarizeEngine(old), summarizeEngine(next));
}

export function isUnchanged(diff: ReloadDiff): boolean {
  return (
    diff.added.length + diff.changed.length + diff.removed.length === 0 &&
    diff.figures.before === diff.figures.after &&
    diff.attributions.before === diff.attributions.after &&
    diff.topics.length + diff.sourcesGained.length + diff.sourcesLost.length === 0
  );
}
