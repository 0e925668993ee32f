import type { Figure } from '../analysis/types';
import { formatRange, plural } from './format-number';
import { UNIT_LABEL, type Unit } from '../analysis/units';
import { foldText } from '../text/fold';
import type { TopicSpread } from './engine';

/**
 * The one-line spread of a topic's figures: "8,000–12,000 from 6 sources", "1.4–1.7 % from 2 sources". Null when
 * there are no figures, or when they are not one quantity: different units, or (unless `oneSubject`) different
 * things measured. A spread from 1.5 % growth to 86 % debt would say nothing true.
 */
export function topicSpread(
  topicId: string,
  label: string,
  figures: readonly Figure[],
  oneSubject = true,
): TopicSpread | null {
  if (figures.length === 0) return null;
  if (!oneSubject && new Set(figures.map((f) => f.unit)).size > 1) return null;
  if (!oneSubject && new Set(figures.map((f) => foldText(f.measure ?? f.counted ?? ''))).size > 1) return null;
  // One subject may still be stated in several units (troops, and the dollars each is paid): the spread covers
  // the unit most of its figures are in, and the rest are listed, not spread.
  const main = mainUnit(figures);
  const unit = UNIT_LABEL[main];
  let inUnit = 0;
  let totals = 0;
  for (const f of figures) {
    if (f.unit !== main) continue;
    inUnit += 1;
    if (!f.increment) totals += 1;
  }
  // "weitere 3.000 Soldaten" adds to an earlier total rather than competing with it; in the spread it would make
  // the sources look far more at odds than they are. It is still listed in the answer, marked by its qualifier.
  // Who stands behind the spread: the sources of the totals it spans, not of the additions left out of it. One
  // pass over the figures, without copying them: a big topic's spread reads tens of thousands.
  const leaveOutIncrements = totals > 0;
  let min = Infinity;
  let max = -Infinity;
  const sources = new Set<string>();
  let unattributed = 0;
  for (const f of figures) {
    if (f.unit !== main || (leaveOutIncrements && f.increment)) continue;
    min = Math.min(min, f.value);
    max = Math.max(max, f.upper ?? f.value);
    if (f.source === null) unattributed += 1;
    else sources.add(f.source);
  }
  const range = `${formatRange(min, max === min ? undefined : max)}${unit === '' ? '' : ` ${unit}`}`;
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
    figures: inUnit,
    unit: main,
    summary: `${range} from ${who.join(', ')}`,
  };
}

function mainUnit(figures: readonly Figure[]): Unit {
  const counts = new Map<Unit, number>();
  for (const f of figures) counts.set(f.unit, (counts.get(f.unit) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}
