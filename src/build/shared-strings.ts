import type { ArticleAnalysis } from '../analysis/analyze-article';

/**
 * Structured cloning gives every string that crosses from a worker a copy of its own: each of 90,000 figures at
 * 10,000 articles would carry its own "troops", "quoted", "mindestens" and article id, megabytes of duplicates that
 * a one-thread build shares by reference. The main thread puts them back to one copy each as analyses arrive.
 */
export function createStringSharer(): (value: string) => string {
  const seen = new Map<string, string>();
  return (value) => {
    const known = seen.get(value);
    if (known !== undefined) return known;
    seen.set(value, value);
    return value;
  };
}

/** Points the analysis's repeated strings at shared copies, and its article ids at the article's own id. */
export function shareAnalysisStrings(articleId: string, analysis: ArticleAnalysis, share: (value: string) => string): void {
  const topicLists = new Map<string, string[]>();
  for (const figure of analysis.figures) {
    figure.articleId = articleId;
    if (figure.source !== null) figure.source = share(figure.source);
    if (figure.counted !== null) figure.counted = share(figure.counted);
    if (figure.qualifier !== undefined) figure.qualifier = share(figure.qualifier);
    // Figures of an article mostly share one topic list; answers only read them.
    const key = figure.topics.join('\u0000');
    const list = topicLists.get(key) ?? figure.topics.map(share);
    topicLists.set(key, list);
    figure.topics = list;
  }
  for (const attribution of analysis.attributions) {
    attribution.articleId = articleId;
    attribution.source = share(attribution.source);
    attribution.kind = share(attribution.kind) as typeof attribution.kind;
  }
}
