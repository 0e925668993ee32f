import type { Outcome } from '../engine/engine';
import { messages } from '../i18n/catalog';
import type { Locale } from '../locale/locale';
import { isMiss } from '../render/answer-wording';
import { renderAnswerPages, renderMiss } from '../render/embeds';
import type { InteractionOutcome } from './bot-command';
import { exportButtons } from './export/export-buttons';
import { pageButtons } from './paging/page-buttons';
import type { ReplyPlan } from './reply-within';

/**
 * What to send for an engine outcome, showing page `page` (clamped), in the asker's language — shared by commands
 * and page buttons.
 */
export function answerPlan(
  outcome: Outcome,
  page = 0,
  locale: Locale = 'en',
): { plan: ReplyPlan; result: InteractionOutcome; page: number; pages: number } {
  if (!outcome.ok) {
    const result = outcome.kind === 'internal' ? 'engine-error' : 'user-error';
    const content = outcome.kind === 'internal' ? messages(locale).notices.engineFailure : outcome.error;
    return { plan: { visibility: 'ephemeral', content }, result, page: 0, pages: 0 };
  }
  const { answer } = outcome;
  if (isMiss(answer))
    return {
      plan: { visibility: 'ephemeral', content: renderMiss(answer, locale) },
      result: 'miss',
      page: 0,
      pages: 0,
    };
  const pages = renderAnswerPages(answer, locale);
  const shown = Math.min(Math.max(0, page), pages.length - 1);
  const embed = pages[shown];
  return {
    plan: {
      visibility: 'public',
      embeds: embed ? [embed] : [],
      components: [
        ...pageButtons(answer.command, answer.query, shown, pages.length, locale),
        ...exportButtons(answer.command, answer.query, locale),
      ],
    },
    result: 'answered',
    page: shown,
    pages: pages.length,
  };
}
