import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze-article';
import type { Figure } from '../../src/analysis/types';
import type { CompiledLexicon } from '../../src/lexicon/compile-lexicon';
import { articleOf, bundledLexicon, figureLabels, sameName } from './labelled-articles';

// Ground truth read by hand from ../shared/corpus-real (see tests/fixtures/corpus-real/README.md): figures with
// value, unit, what they measure and the source their sentence names. Target from issue 10: a figure whose
// sentence names a source is credited to it in at least 85 % of cases.
let lexicon: CompiledLexicon;
beforeAll(async () => {
  lexicon = await bundledLexicon();
});

/** The labels' unit names as the analysis spells them. */
const UNIT_OF_LABEL: Record<string, string> = {
  percent: 'percent',
  count: 'count',
  'percentage-points': 'percentage-points',
  EUR: 'EUR',
  USD: 'USD',
  other: 'points',
};

function score() {
  let labelled = 0;
  let found = 0;
  let rightValue = 0;
  let rightUnit = 0;
  let rightSubject = 0;
  let withSource = 0;
  let rightSource = 0;
  let wrongSource = 0;
  let nonFigures = 0;
  let readAsFigures = 0;
  const misses: string[] = [];
  for (const labelled_ of figureLabels().articles) {
    const { figures } = analyzeArticle(articleOf(labelled_.article, labelled_.sentences), lexicon);
    const inSentence = (i: number) => figures.filter((f) => f.paragraph === i + 1);
    for (const label of labelled_.figures) {
      labelled += 1;
      const sentence = labelled_.sentences[label.sentence] ?? '';
      const figure = inSentence(label.sentence).find((f) => f.text.includes(label.number) || f.value === label.value);
      if (label.source !== null) withSource += 1;
      if (!figure) {
        misses.push(`  not read: ${label.number} in ${sentence.slice(0, 120)}`);
        continue;
      }
      found += 1;
      if (figure.value === label.value && (figure.upper ?? null) === label.upper) rightValue += 1;
      else
        misses.push(
          `  value ${figure.value}–${figure.upper ?? ''}, want ${label.value}–${label.upper ?? ''}: ${figure.text}`,
        );
      if (figure.unit === UNIT_OF_LABEL[label.unit]) rightUnit += 1;
      else misses.push(`  unit ${figure.unit}, want ${label.unit}: ${figure.text} in ${sentence.slice(0, 100)}`);
      const subjects = [label.measures, ...(label.accept_measures ?? [])];
      const subject = subjectOf(figure);
      if (subject !== null && subjects.some((s) => sameName(s, subject))) rightSubject += 1;
      else
        misses.push(
          `  measures ${subject ?? '—'}, want ${subjects.join('|')}: ${label.number} in ${sentence.slice(0, 100)}`,
        );
      if (label.source !== null) {
        const names = [label.source, ...(label.accept_source ?? [])];
        const credited =
          figure.source !== null &&
          names.some((n) => sameName(n, figure.sourceMention ?? '') || sameName(n, nameOf(figure)));
        if (credited) rightSource += 1;
        else
          misses.push(
            `  source ${figure.sourceMention ?? '—'}, want ${label.source}: ${label.number} in ${sentence.slice(0, 140)}`,
          );
      } else if (figure.source !== null) {
        wrongSource += 1;
        misses.push(`  source ${figure.sourceMention}, want none: ${sentence.slice(0, 100)}`);
      }
    }
    for (const non of labelled_.non_figures) {
      nonFigures += 1;
      if (inSentence(non.sentence).some((f) => non.number.includes(f.text) || f.text.includes(non.number))) {
        readAsFigures += 1;
        misses.push(`  read a ${non.why} as a figure: ${non.number}`);
      }
    }
  }
  return {
    labelled,
    found,
    rightValue,
    rightUnit,
    rightSubject,
    withSource,
    rightSource,
    wrongSource,
    nonFigures,
    readAsFigures,
    misses,
  };
}

/** What a figure is about: the measure noun when its counted word is a unit, else the counted noun. */
function subjectOf(figure: Figure): string | null {
  return figure.measure ?? figure.counted;
}

/** The source id of a discovered source is its name folded; the mention is what the test compares first. */
function nameOf(figure: Figure): string {
  return figure.source?.startsWith('~') ? figure.source.slice(1).replace(/-/g, ' ') : (figure.source ?? '');
}

describe('figures on the labelled real articles', () => {
  it('reads each figure with its value, unit and subject, and credits the source its sentence names', () => {
    const s = score();
    const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)} % (${a}/${b})`;
    console.log(
      [
        `figures: read ${pct(s.found, s.labelled)}; of those, value ${pct(s.rightValue, s.found)}, unit ${pct(s.rightUnit, s.found)}, subject ${pct(s.rightSubject, s.found)}`,
        `figure sources: ${pct(s.rightSource, s.withSource)} of figures whose sentence names one; ${s.wrongSource} credited where none is named`,
        `non-figures read as figures: ${s.readAsFigures} of ${s.nonFigures}`,
        ...s.misses,
      ].join('\n'),
    );
    expect(s.rightSource / s.withSource).toBeGreaterThanOrEqual(0.85);
    expect(s.wrongSource).toBe(0);
    expect(s.rightUnit / s.found).toBeGreaterThanOrEqual(0.95);
  });
});
