import { type CommandInteraction, MessageFlags } from 'discord.js';
import { botIngestDeps } from '../ingest/ingest-from-env';
import { ingestLink } from '../ingest/ingest-link';
import { formatIngestResult } from '../ingest/ingest-reply';
import { reloadServiceFromEnv } from '../reload/audited-reload';
import { messages } from '../i18n/catalog';
import { problemText } from '../ingest/ingest-problem';
import { localeOfDiscord } from '../locale/locale';
import { DISCORD_LIMITS } from '../render/discord-limits';
import { truncateAtSentence } from '../render/discord-truncate';
import type { InteractionOutcome } from './bot-command';
import type { CommandContext } from './command-context';
import { ephemeralNotice, NO_MENTIONS } from './reply-options';
import { moderatorOnly } from './moderator-only';
import type { Requester } from './moderator';

/**
 * What /ingest and "Add to archive" share: the moderator check /reload uses (an ingest writes into the archive
 * everyone cites from, and reloads it), then each link in turn, with one ephemeral reply saying what became of each.
 */
export async function ingestLinksAsModerator(
  interaction: CommandInteraction,
  ctx: CommandContext,
  command: string,
  links: readonly string[],
): Promise<InteractionOutcome> {
  return moderatorOnly(command, (i: CommandInteraction, c, requester) => ingestLinks(i, c, requester, command, links))(
    interaction,
    ctx,
  );
}

/** Each link in turn, for a requester already checked; one ephemeral reply says what became of each. */
export async function ingestLinks(
  interaction: CommandInteraction,
  ctx: CommandContext,
  requester: Requester,
  command: string,
  links: readonly string[],
): Promise<InteractionOutcome> {
  const locale = localeOfDiscord(interaction.locale);
  if (links.length === 0) {
    await interaction.reply(ephemeralNotice(messages(locale).ingest.noLinks));
    return 'user-error';
  }
  // Deferred at once: a fetch alone may take longer than Discord's three seconds.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  // The audit post names the moderator as a mention, which Discord shows as their name and pings nobody (audit
  // posts allow no mentions), as /reload's does.
  const actor = `<@${requester.userId}>`;
  const service = reloadServiceFromEnv(ctx.env, ctx.holder, ctx.logger, interaction.client.rest);
  const replies: string[] = [];
  let added = 0;
  for (const link of links) {
    const result = await ingestLink(link, botIngestDeps(ctx.env, ctx.holder, service, actor));
    const detail = result.outcome === 'refused' ? { reason: problemText(result.problem) } : { id: result.id };
    ctx.logger.info({ actor, command, link, outcome: result.outcome, ...detail }, 'ingest');
    if (result.outcome === 'stored') added++;
    replies.push(formatIngestResult(result, locale));
  }
  await interaction.editReply({
    content: truncateAtSentence(replies.join('\n\n'), DISCORD_LIMITS.content),
    allowedMentions: NO_MENTIONS,
  });
  return added > 0 ? 'answered' : 'user-error';
}
