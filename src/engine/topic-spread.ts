import type { Figure } from '../analysis/types';
import { formatRange, plural } from './format-number';
import type { TopicSpread } from './engine';

// "weitere 3.000 Soldaten" is an increment on top of an earlier total, not a competing estimate of the total;
// putting it in the spread would make the sources look far more at odds than they are.
const INCREMENT_QUALIFIERS = /^(weitere[nmrs]?|zusätzliche[nmrs]?|nochmals|erneut)$/iu;

export function isIncrement(figure: Figure): boolean {
  return figure.qualifier !== undefined && INCREMENT_QUALIFIERS.test(figure.qualifier.trim());
}

/** The one-line spread of a topic's figures: "8,000–12,000 from 6 sources". Null when there are no figures. */
export function topicSpread(topicId: string, label: string, figures: readonly Figure[]): TopicSpread | null {
  if (figures.length === 0) return null;
  const totals = figures.filter((f) => !isIncrement(f));
  const basis = totals.length > 0 ? totals : figures;
  let min = Infinity;
  let max = -Infinity;
  const sources = new Set<string>();
  let unattributed = 0;
  for (const f of basis) {
    min = Math.min(min, f.value);
    max = Math.max(max, f.upper ?? f.value);
  }
  for (const f of figures) {
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
