import { z } from 'zod';
import type { Answer, AnswerResult } from '../../src/engine/answer';
import type { Command } from '../../src/engine/command';
import type { Engine } from '../../src/engine/engine';

/**
 * "Answers unchanged" at archive scale: the typo and alias cases of the engine's tests, asked of the engine over
 * the big archive and of an engine over the real five articles alone. Growing the archive may add synthetic
 * results, but must not change what a query resolves to, nor push the real articles' results out of the answer.
 */

export const CheckResultSchema = z.object({ label: z.string(), passed: z.boolean(), detail: z.string() });
export type CheckResult = z.infer<typeof CheckResultSchema>;

const A000 = '000_9a2567d393b2c456';
const A001 = '001_f0ae384efe2a001d';
const A002 = '002_6e943628f41e7ae9';

interface AnswerCheck {
  command: Command;
  /** What a desk editor would notice if it broke; returns a failure reason or null. */
  expect?: (answer: Answer) => string | null;
}

const hasFigure = (answer: Answer, value: number, articleId: string) =>
  answer.results.some((r) => r.figure?.value === value && r.articleId === articleId);

const CHECKS: AnswerCheck[] = [
  {
    command: { name: 'figure', query: 'troops' },
    expect: (a) =>
      hasFigure(a, 11000, A000) && hasFigure(a, 8000, A002) ? null : 'lost 11,000 (000) or 8,000 (002)',
  },
  { command: { name: 'figure', query: 'troosp' } },
  { command: { name: 'figure', query: 'Truppen' } },
  { command: { name: 'figure', query: 'soldiers' } },
  {
    command: { name: 'source', query: 'kcan' },
    expect: (a) =>
      a.matched.includes('KCNA') && a.results.some((r) => r.articleId === A000 && r.snippet.includes('KCNA'))
        ? null
        : 'kcan no longer resolves to KCNA with a snippet from 000',
  },
  {
    command: { name: 'source', query: 'BBC' },
    expect: (a) =>
      a.results.length === 0 && a.suggestions.includes('KBS') ? null : 'BBC matched something or KBS not suggested',
  },
  { command: { name: 'source', query: 'yonhap' } },
  { command: { name: 'source', query: 'US-Außenministerium' } },
  {
    command: { name: 'search', query: 'Gerasimow' },
    expect: (a) => (a.results.some((r) => r.articleId === A001) ? null : 'Gerasimow no longer finds 001'),
  },
  { command: { name: 'search', query: 'Pjongjang' } },
];

const resultKey = (r: AnswerResult) => `${r.articleId}#${r.paragraph}#${r.snippet}`;

function compare(reference: Answer, scaled: Answer, realIds: ReadonlySet<string>): string | null {
  if (reference.match !== scaled.match) return `match ${reference.match} → ${scaled.match}`;
  if (reference.matched.join('|') !== scaled.matched.join('|')) {
    return `matched [${reference.matched.join(', ')}] → [${scaled.matched.join(', ')}]`;
  }
  if (reference.match === 'none' && reference.suggestions.join('|') !== scaled.suggestions.join('|')) {
    return `suggestions [${reference.suggestions.join(', ')}] → [${scaled.suggestions.join(', ')}]`;
  }
  const present = new Set(scaled.results.map(resultKey));
  const lost = reference.results.filter((r) => realIds.has(r.articleId) && !present.has(resultKey(r)));
  if (lost.length > 0) {
    const where = [...new Set(lost.map((r) => r.articleId.slice(0, 3)))].join(', ');
    return `${lost.length} of ${reference.results.length} real results no longer listed (articles ${where})`;
  }
  return null;
}

function ask(engine: Engine, command: Command): Answer | string {
  const outcome = engine.answer(command);
  return outcome.ok ? outcome.answer : `error: ${outcome.error}`;
}

/**
 * Runs every check. `reference` is an engine over the real articles only; `realIds` are their ids (the synthetic
 * articles' results are allowed to come and go).
 */
export function runAnswerChecks(scaled: Engine, reference: Engine, realIds: ReadonlySet<string>): CheckResult[] {
  return CHECKS.map(({ command, expect }) => {
    const label = `/${command.name} ${command.query}`;
    const before = ask(reference, command);
    const after = ask(scaled, command);
    if (typeof before === 'string') return { label, passed: false, detail: `five-article engine: ${before}` };
    if (typeof after === 'string') return { label, passed: false, detail: after };
    const referenceProblem = expect?.(before);
    const problem = referenceProblem
      ? `five-article engine: ${referenceProblem}`
      : (expect?.(after) ?? compare(before, after, realIds));
    return { label, passed: problem === null, detail: problem ?? `${after.results.length} results, ${after.match}` };
  });
}
