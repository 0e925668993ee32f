import { z } from 'zod';
import type { Answer, AnswerResult } from '../../src/engine/answer';
import type { Command } from '../../src/engine/command';
import type { Engine } from '../../src/engine/engine';

/**
 * "Answers unchanged" at archive scale: the typo and alias cases of the engine's tests, asked of the engine over
 * the big archive and of an engine over the real five articles alone.
 *
 * Two things are checked separately, because they fail for different reasons:
 * - resolution (hard): the query still resolves the same way — same match kind, the same names or words matched
 *   (the archive may add spellings, never lose one), the same suggestions (in any order) when nothing matched. A bigger
 *   vocabulary must not turn "kcan" or "Gerasimow" into something else.
 * - real results still listed (reported): how many of the five-article answer's results still appear in the capped
 *   answer. Thousands of synthetic articles also credit KCNA, so this measures ranking, not correctness.
 */

export const CheckResultSchema = z.object({
  label: z.string(),
  passed: z.boolean(),
  detail: z.string(),
  realListed: z.number().int().nonnegative(),
  realExpected: z.number().int().nonnegative(),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;

const CHECKS: Command[] = [
  { name: 'figure', query: 'troops' },
  { name: 'figure', query: 'troosp' },
  { name: 'figure', query: 'soldiers' },
  { name: 'figure', query: 'ammunition' },
  { name: 'source', query: 'kcan' },
  { name: 'source', query: 'BBC' },
  { name: 'source', query: 'yonhap' },
  { name: 'source', query: 'US-Außenministerium' },
  { name: 'search', query: 'Gerasimow' },
  { name: 'search', query: 'Pjongjang' },
];

const resultKey = (r: AnswerResult) => `${r.articleId}#${r.paragraph}#${r.snippet}`;
const list = (items: readonly string[]) => `[${items.join(', ')}]`;

function resolutionChange(reference: Answer, scaled: Answer): string | null {
  if (reference.match !== scaled.match) return `match ${reference.match} → ${scaled.match}`;
  const lost = reference.matched.filter((m) => !scaled.matched.includes(m));
  if (lost.length > 0) return `matched ${list(reference.matched)} → ${list(scaled.matched)}`;
  // The same suggestions, in any order: equally close names are ordered by how often the archive cites them.
  const sorted = (items: readonly string[]) => list([...items].sort());
  if (reference.match === 'none' && sorted(reference.suggestions) !== sorted(scaled.suggestions)) {
    return `suggestions ${list(reference.suggestions)} → ${list(scaled.suggestions)}`;
  }
  return null;
}

function ask(engine: Engine, command: Command): Answer | string {
  const outcome = engine.answer(command);
  return outcome.ok ? outcome.answer : `error: ${outcome.error}`;
}

function summary(answer: Answer): string {
  const matched = answer.match === 'none' ? `none, suggests ${list(answer.suggestions)}` : list(answer.matched);
  return `${answer.match ?? 'exact'} → ${matched}`;
}

/** Runs every check. `reference` is an engine over the real articles only. */
export function runAnswerChecks(scaled: Engine, reference: Engine): CheckResult[] {
  return CHECKS.map((command) => {
    const label = `/${command.name} ${command.query}`;
    const before = ask(reference, command);
    const after = ask(scaled, command);
    const failed = (detail: string) => ({ label, passed: false, detail, realListed: 0, realExpected: 0 });
    if (typeof before === 'string') return failed(`five-article engine: ${before}`);
    if (typeof after === 'string') return failed(after);
    const present = new Set(after.results.map(resultKey));
    const realListed = before.results.filter((r) => present.has(resultKey(r))).length;
    const change = resolutionChange(before, after);
    return {
      label,
      passed: change === null,
      detail: change ?? summary(after),
      realListed,
      realExpected: before.results.length,
    };
  });
}
