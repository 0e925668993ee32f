import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { messages } from '../../i18n/catalog';
import { formatNumber } from '../../locale/intl-format';
import { localeOfDiscord } from '../../locale/locale';
import { answerHeadline, isMiss } from '../../render/answer-wording';
import { DISCORD_LIMITS } from '../../render/discord-limits';
import { renderNotice } from '../../render/embeds';
import { exportFile } from '../../render/export/export-file';
import { askEngine } from '../ask-engine';
import type { InteractionOutcome } from '../bot-command';
import type { CommandContext } from '../command-context';
import { buttonCommand } from '../paging/button-command';
import { ephemeralNotice, NO_MENTIONS } from '../reply-options';
import { parseExportCustomId } from './export-custom-id';

/** Room kept below Discord's upload limit for the multipart envelope. */
const FILE_BUDGET = DISCORD_LIMITS.attachmentBytes - 64 * 1024;

/**
 * CSV / Markdown: ask the query in the message's footer again, on the corpus in service now, for the full list, and
 * send it as a file to whoever pressed, privately: an export is for the reporter who wants it, and a channel that
 * kept every file someone downloaded would bury the answers. The headings are in the presser's language. The reply
 * is deferred before the list is built: an archive's full list and its upload can take longer than the 3 s Discord
 * gives an interaction's first response.
 */
export async function handleExportButton(
  interaction: ButtonInteraction,
  ctx: CommandContext,
): Promise<InteractionOutcome> {
  const locale = localeOfDiscord(interaction.locale);
  const m = messages(locale);
  const target = parseExportCustomId(interaction.customId);
  const asked = target && buttonCommand(interaction, target);
  if (!target || !asked) {
    await interaction.reply(ephemeralNotice(m.notices.staleButton));
    return 'user-error';
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const notice = (text: string) => interaction.editReply({ content: renderNotice(text), allowedMentions: NO_MENTIONS });
  const outcome = askEngine(ctx, asked.command, interaction.id, { all: true });
  if (!outcome.ok) {
    await notice(outcome.kind === 'internal' ? m.notices.engineFailure : outcome.error);
    return outcome.kind === 'internal' ? 'engine-error' : 'user-error';
  }
  if (isMiss(outcome.answer)) {
    // The corpus changed under the message (a reload) and the list is gone.
    await notice(`${m.notices.staleButton} (${answerHeadline(outcome.answer, locale)})`);
    return 'miss';
  }
  const file = exportFile(outcome.answer, target.format, locale, FILE_BUDGET);
  const format = target.format === 'csv' ? m.export.csvButton : m.export.markdownButton;
  const said = m.export.sent(
    format,
    file.rows,
    formatNumber(file.rows, locale),
    answerHeadline(outcome.answer, locale),
  );
  await interaction.editReply({
    content: renderNotice([said, file.note].filter(Boolean).join('\n')),
    files: [{ attachment: file.data, name: file.name }],
    allowedMentions: NO_MENTIONS,
  });
  return 'answered';
}
