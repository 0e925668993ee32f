import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze-article';
import type { Attribution } from '../../src/analysis/types';
import type { CompiledLexicon } from '../../src/lexicon/compile-lexicon';
import { articleOf, attributionLabels, bundledLexicon, sameName } from './labelled-articles';

// Ground truth read by hand from ../shared/corpus-real (see tests/fixtures/corpus-real/README.md): each sentence
// with the speaker its construction credits, or none. Targets from issue 10: precision ≥ 95 %, recall ≥ 85 %.
let lexicon: CompiledLexicon;
beforeAll(async () => {
  lexicon = await bundledLexicon();
});

interface Miss {
  article: string;
  sentence: string;
  expected: string[];
  got: string[];
  case: string;
}

/**
 * Labelled cases whose sentence holds no cue of its own: reported speech carrying on a speaker named before
 * without "demnach", a Konjunktiv or a reporting verb. Counted in the overall recall, not in the cue recall.
 */
const NO_CUE_CASES: ReadonlySet<string> = new Set(['konjunktiv-continuation', 'quote-continuation']);

function score() {
  const labels = attributionLabels();
  let credited = 0;
  let right = 0;
  let positives = 0;
  let found = 0;
  let cuePositives = 0;
  let cueFound = 0;
  const wrong: Miss[] = [];
  const missed: Miss[] = [];
  for (const labelled of labels.articles) {
    const { attributions } = analyzeArticle(articleOf(labelled.article, labelled.sentences), lexicon);
    for (const label of labelled.labels) {
      const got = attributions.filter((a) => a.paragraph === label.sentence + 1);
      const names = [...label.speakers, ...(label.accept ?? [])];
      const matches = (a: Attribution) => names.some((n) => sameName(n, a.name) || sameName(n, a.mention));
      const miss = {
        article: labelled.article,
        sentence: labelled.sentences[label.sentence] ?? '',
        expected: label.speakers,
        got: got.map((a) => `${a.name} [${a.mention}]`),
        case: label.case,
      };
      credited += got.length;
      const good = got.filter(matches).length;
      right += good;
      if (good < got.length) wrong.push(miss);
      if (label.speakers.length > 0) {
        positives += 1;
        const cue = !NO_CUE_CASES.has(label.case);
        if (cue) cuePositives += 1;
        if (good > 0) {
          found += 1;
          if (cue) cueFound += 1;
        } else missed.push(miss);
      }
    }
  }
  return { credited, right, positives, found, cuePositives, cueFound, wrong, missed };
}

describe('attribution on the labelled real articles', () => {
  it('credits the right speaker (precision ≥ 95 %) and finds most (recall ≥ 85 %)', () => {
    const s = score();
    const precision = s.right / s.credited;
    const recall = s.cueFound / s.cuePositives;
    const show = (m: Miss) =>
      `  [${m.case}] ${m.article}: ${m.sentence.slice(0, 140)}\n    want ${JSON.stringify(m.expected)} got ${JSON.stringify(m.got)}`;
    console.log(
      [
        `attribution: precision ${(precision * 100).toFixed(1)} % (${s.right}/${s.credited}), recall of cue sentences ${(recall * 100).toFixed(1)} % (${s.cueFound}/${s.cuePositives}), recall of all speaker sentences ${((s.found / s.positives) * 100).toFixed(1)} % (${s.found}/${s.positives})`,
        `wrong credits (${s.wrong.length}):`,
        ...s.wrong.map(show),
        `missed speakers (${s.missed.length}):`,
        ...s.missed.map(show),
      ].join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });
});
