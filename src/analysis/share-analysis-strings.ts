import type { ArticleAnalysis } from './analyze-article';

/**
 * Points analyses at one copy of each repeated string, corpus-wide. The same few words recur in every article
 * ("troops", "quoted", "mindestens", "KCNA", "sagte er", "Prozent") and a source is credited again and again, but
 * each figure and credit holds its own copy: read from its own sentence on one thread, and copied once more by
 * structured cloning when it crosses from a build worker. Answers only read these strings, so sharing them is safe.
 * Call it on every analysis before filing it, once the words no longer point into their sentence (see
 * ownAnalysisText): a shared slice would keep its whole paragraph alive.
 */
export function createAnalysisSharer(
  share: (value: string) => string = createStringSharer(),
): (articleId: string, analysis: ArticleAnalysis) => void {
  // Figures mostly have one of a few topic lists (most often none).
  const topicLists = new Map<string, string[]>();
  const shareList = (topics: string[]): string[] => {
    const key = topics.join('\u0000');
    const known = topicLists.get(key);
    if (known !== undefined) return known;
    const list = topics.map(share);
    topicLists.set(key, list);
    return list;
  };
  return (articleId, analysis) => {
    for (const figure of analysis.figures) {
      figure.articleId = articleId;
      figure.topics = shareList(figure.topics);
      figure.text = share(figure.text);
      figure.unit = share(figure.unit) as typeof figure.unit;
      if (figure.source !== null) figure.source = share(figure.source);
      if (figure.sourceMention !== undefined) figure.sourceMention = share(figure.sourceMention);
      if (figure.counted !== null) figure.counted = share(figure.counted);
      if (figure.measure !== null) figure.measure = share(figure.measure);
      if (figure.qualifier !== undefined) figure.qualifier = share(figure.qualifier);
    }
    for (const attribution of analysis.attributions) {
      attribution.articleId = articleId;
      attribution.source = share(attribution.source);
      attribution.name = share(attribution.name);
      attribution.mention = share(attribution.mention);
      attribution.kind = share(attribution.kind) as typeof attribution.kind;
      if (attribution.via !== undefined) attribution.via = share(attribution.via);
      if (attribution.about !== undefined) attribution.about = share(attribution.about);
    }
  };
}

/** One copy of each string it is given: the first. */
export function createStringSharer(): (value: string) => string {
  const strings = new Map<string, string>();
  return (value) => {
    const known = strings.get(value);
    if (known !== undefined) return known;
    strings.set(value, value);
    return value;
  };
}
