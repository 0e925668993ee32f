import type { Outcome } from '../engine/engine';
import { isMiss } from '../render/answer-wording';
import { renderAnswerPages, renderMiss } from '../render/embeds';
import type { InteractionOutcome } from './bot-command';
import { pageButtons } from './paging/page-buttons';
import type { ReplyPlan } from './reply-within';

/** What to send for an engine outcome, showing page `page` (clamped) — shared by commands and page buttons. */
export function answerPlan(
  outcome: Outcome,
  page = 0,
): { plan: ReplyPlan; result: InteractionOutcome; page: number; pages: number } {
  if (!outcome.ok) {
    const result = outcome.kind === 'internal' ? 'engine-error' : 'user-error';
    return { plan: { visibility: 'ephemeral', content: outcome.error }, result, page: 0, pages: 0 };
  }
  const { answer } = outcome;
  if (isMiss(answer)) return { plan: { visibility: 'ephemeral', content: renderMiss(answer) }, result: 'miss', page: 0, pages: 0 };
  const pages = renderAnswerPages(answer);
  const shown = Math.min(Math.max(0, page), pages.length - 1);
  const embed = pages[shown];
  return {
    plan: {
      visibility: 'public',
      embeds: embed ? [embed] : [],
      components: pageButtons(answer.command, answer.query, shown, pages.length),
    },
    result: 'answered',
    page: shown,
    pages: pages.length,
  };
}
