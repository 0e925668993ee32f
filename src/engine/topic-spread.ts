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
  return spreadOf(topicId, label, figures, unitTallies(figures));
}

/** What a spread is read from: figures of one unit, their range, and who stands behind them. */
interface BasisTally {
  count: number;
  min: number;
  max: number;
  sources: Set<string>;
  unattributed: number;
}

/** The figures of one unit: how many, and those that are totals rather than increments. */
interface UnitTally {
  unit: Unit;
  count: number;
  totals: BasisTally;
}

const basisTally = (): BasisTally => ({ count: 0, min: Infinity, max: -Infinity, sources: new Set(), unattributed: 0 });

function count(basis: BasisTally, f: Figure): void {
  basis.count += 1;
  basis.min = Math.min(basis.min, f.value);
  basis.max = Math.max(basis.max, f.upper ?? f.value);
  if (f.source === null) basis.unattributed += 1;
  else basis.sources.add(f.source);
}

/**
 * The figures tallied by unit, units in the order first met, in one pass: a big topic has tens of thousands of
 * figures spread over the heap, and reading each once rather than once per question asked of it (which unit, what
 * range, which sources) took a third of the time. `onFigure` sees each figure in the same pass.
 */
export function unitTallies(figures: readonly Figure[], onFigure?: (f: Figure) => void): UnitTally[] {
  const tallies: UnitTally[] = [];
  for (const f of figures) {
    onFigure?.(f);
    // A topic's figures are in one unit or a few: looked up in a list, not a map.
    let tally = tallies[0];
    for (let i = 1; tally !== undefined && tally.unit !== f.unit; i++) tally = tallies[i];
    if (tally === undefined) {
      tally = { unit: f.unit, count: 0, totals: basisTally() };
      tallies.push(tally);
    }
    tally.count += 1;
    if (!f.increment) count(tally.totals, f);
  }
  return tallies;
}

/**
 * The spread of tallied figures. One subject may still be stated in several units (troops, and the dollars each is
 * paid): the spread covers the unit most of its figures are in (the first met of equals), and the rest are listed,
 * not spread. "weitere 3.000 Soldaten" adds to an earlier total rather than competing with it; in the spread it
 * would make the sources look far more at odds than they are, so the spread is of the totals when there are any
 * (the figure is still listed in the answer, marked by its qualifier), and so are the sources behind it.
 */
export function spreadOf(
  topicId: string,
  label: string,
  figures: readonly Figure[],
  tallies: readonly UnitTally[],
): TopicSpread {
  let main = tallies[0]!;
  for (const tally of tallies) if (tally.count > main.count) main = tally;
  const unit = UNIT_LABEL[main.unit];
  let basis = main.totals;
  if (basis.count === 0) {
    // Only increments: the spread is of them. Seldom, so read again rather than tallied for every list.
    basis = basisTally();
    for (const f of figures) if (f.unit === main.unit) count(basis, f);
  }
  const { min, max, sources, unattributed } = basis;
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
    figures: main.count,
    unit: main.unit,
    summary: `${range} from ${who.join(', ')}`,
  };
}
