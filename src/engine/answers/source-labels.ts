import type { CorpusData } from '../corpus-data';

/** The lexicon's labels of a credited source, for a result; nothing when it has none. */
export function sourceLabels(data: Pick<CorpusData, 'sources'>, sourceId: string): { sourceLabels?: { de: string } } {
  const labels = data.sources.get(sourceId)?.labels;
  return labels ? { sourceLabels: labels } : {};
}
