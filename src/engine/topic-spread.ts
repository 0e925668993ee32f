import type { Figure } from '../analysis/types';
import { formatRange, plural } from './format-number';
import type { TopicSpread } from './engine';

/** The one-line spread of a topic's figures: "8,000–12,000 from 6 sources". Null when there are no figures. */
export function topicSpread(topicId: string, label: string, figures: readonly Figure[]): TopicSpread | null {
  if (figures.length === 0) return null;
  // "weitere 3.000 Soldaten" adds to an earlier total rather than competing with it; in the spread it would make
  // the sources look far more at odds than they are. It is still listed in the answer, marked by its qualifier.
  const totals = figures.filter((f) => !f.increment);
  const basis = totals.length > 0 ? totals : figures;
  let min = Infinity;
  let max = -Infinity;
  const sources = new Set<string>();
  let unattributed = 0;
  for (const f of basis) {
    min = Math.min(min, f.value);
    max = Math.max(max, f.upper ?? f.value);
  }
  // Who stands behind the spread: the sources of the totals it spans, not of the additions left out of it.
  for (const f of basis) {
    if (f.source === null) unattributed += 1;
    else sources.add(f.source);
  }
  const range = formatRange(min, max === min ? undefined : max);
  const who: string[] = [];
  if (sources.size > 0) who.push(plural(sources.size, 'source'));
  if (unattributed > 0) who.push(`${unattributed} unattributed`);
  return {
    topicId,
    label,
    min,
    max,
    sources: sources.size,
    unattributed,
    figures: figures.length,
    summary: `${range} from ${who.join(', ')}`,
  };
}
