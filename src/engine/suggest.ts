import { clipText } from '../text/clip';
import type { SuggestField } from './command';
import type { CorpusData } from './corpus-data';
import type { Suggestion } from './engine';
import type { FigureSubject } from './figure-subject';
import { plural } from './format-number';

// Discord caps an autocomplete choice's name and value at 100 characters; keeping labels short here keeps every
// shell honest without each one truncating on its own.
const LABEL_MAX = 100;

/** Autocomplete: best matches first; an empty prefix lists the most-used entries. */
export function suggest(data: CorpusData, field: SuggestField, prefix: string, limit: number): Suggestion[] {
  switch (field) {
    case 'topic':
      // A topic's figure count is at hand; a vocabulary subject's list is gathered only when asked for, so it shows
      // its English name instead.
      // A subject with no figures would answer "nothing yet": it is not offered. Asking for twice as many keeps the
      // list full when some are left out.
      return data.topicMatcher
        .complete(prefix, limit * 2)
        .filter((t) => hasFigures(data, t))
        .slice(0, limit)
        .map((t) => {
          const figures = data.topicLists.get(t.id)?.figures.length ?? 0;
          const about = t.topic ? plural(figures, 'figure') : (t.english ?? t.label);
          return {
            label: clip(`${t.label} — ${about}`),
            value: t.label,
            parts: {
              name: t.label,
              ...(t.labels !== undefined && { labels: t.labels }),
              ...(t.topic ? { count: { n: figures, of: 'figures' as const } } : { detail: t.english ?? t.label }),
            },
          };
        });
    case 'source':
      // Most-cited first (the matcher's weight), each with what it is: "Wolfgang Katzian (GPA-djp-Chef, SPÖ)".
      return data.sourceMatcher.complete(prefix, limit).map((s) => {
        const count = data.attributionsBySource.get(s.id)?.length ?? 0;
        const what = s.discovered ? (s.description ?? s.kind) : s.kind;
        const role = s.discovered && s.description !== undefined ? { detail: s.description } : { kind: s.kind };
        return {
          label: clip(`${s.name} (${what}) — ${plural(count, 'quote')}`),
          value: clip(s.name),
          parts: {
            name: s.name,
            ...(s.labels !== undefined && { labels: s.labels }),
            ...role,
            count: { n: count, of: 'quotes' as const },
          },
        };
      });
    case 'article':
      return data.articleMatcher
        .complete(prefix, limit)
        .map((a) => ({ label: clip(`${a.id} — ${a.title}`), value: a.id }));
  }
}

function hasFigures(data: CorpusData, subject: FigureSubject): boolean {
  if (subject.topic) return (data.topicLists.get(subject.id)?.figures.length ?? 0) > 0;
  return data.vocabularyWithFigures.has(subject.id);
}

function clip(text: string): string {
  return clipText(text, LABEL_MAX);
}
