import type { Attribution } from '../../analysis/types';
import type { AnswerResult } from '../answer';
import type { CorpusData } from '../corpus-data';
import type { Outcome } from '../engine';
import { citation, sentenceAt } from './citation';
import { sourceLabels } from './source-labels';
import { MAX_RESULTS, MAX_SUGGESTIONS } from './limits';

/**
 * `/source <name>`: the sentences in which the corpus quotes or credits a source, grouped per resolved source
 * (the best match's sentences first). A name that matches nothing known gets suggestions, clearly as suggestions:
 * KBS's statements are never shown as BBC's.
 *
 * @param limit how many results to list: the pages' cap, unless an export asks for every one (`total` says how many).
 */
export function sourceAnswer(data: CorpusData, query: string, limit = MAX_RESULTS): Outcome {
  const resolved = data.sourceMatcher.resolve(query);
  if (resolved.match === 'none') {
    return {
      ok: true,
      answer: {
        command: 'source',
        query,
        matched: [],
        suggestions: resolved.suggestions.slice(0, MAX_SUGGESTIONS).map((s) => s.name),
        match: 'none',
        total: 0,
        results: [],
      },
    };
  }
  // One source (the usual case) is listed straight from its prepared list: copying an agency's tens of thousands
  // of credits per question would cost more than the rest of the answer.
  const [only] = resolved.items;
  const credited: readonly Attribution[] =
    resolved.items.length === 1 && only
      ? (data.attributionsBySource.get(only.id) ?? [])
      : resolved.items.flatMap((source) => data.attributionsBySource.get(source.id) ?? []);
  // What others told the source ("sagte Umerov dem Sender KBS") follows its own credits: the speaker is named as
  // such and the source as whom it was told (`via`), never as the speaker.
  const told = resolved.items.flatMap((source) => data.toldBySource.get(source.id) ?? []);
  const attributions = told.length === 0 ? credited : [...credited, ...told];
  const results: AnswerResult[] = [];
  for (const a of attributions) {
    if (results.length >= limit) break;
    const article = data.articles.get(a.articleId);
    const snippet = article && sentenceAt(article, a.paragraph, a.sentence);
    if (!article || !snippet) continue;
    results.push({
      ...citation(article, a.paragraph),
      snippet,
      source: data.sources.get(a.source)?.name ?? a.name,
      ...sourceLabels(data, a.source),
      sourceSpan: a.mention,
      ...(a.via !== undefined && { via: a.via }),
    });
  }
  return {
    ok: true,
    answer: {
      command: 'source',
      query,
      matched: resolved.items.map((s) => s.name),
      ...(resolved.items.some((s) => s.labels) && {
        matchedLabels: { de: resolved.items.map((s) => s.labels?.de ?? s.name) },
      }),
      suggestions: [],
      match: resolved.match,
      total: attributions.length,
      results,
    },
  };
}
