import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  type MessageContextMenuCommandInteraction,
  PermissionFlagsBits,
} from 'discord.js';
import type { InteractionOutcome } from '../src/bot/bot-command';
import type { CommandContext } from '../src/bot/command-context';
import { ingestLinksAsModerator } from '../src/bot/ingest-links';
import { messages } from '../src/i18n/catalog';
import { linksInMessage } from '../src/ingest/links-in-message';

// Right-click a message with links → Apps → "Add to archive": what /ingest does, for a link a reporter posted.
// A menu command has no description: its name is what a German client shows translated.
export const data = new ContextMenuCommandBuilder()
  .setName('Add to archive')
  .setNameLocalizations({ de: messages('de').slash.addToArchive })
  .setType(ApplicationCommandType.Message)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

export const executeOnMessage = (
  interaction: MessageContextMenuCommandInteraction,
  ctx: CommandContext,
): Promise<InteractionOutcome> => {
  const message = interaction.targetMessage;
  return ingestLinksAsModerator(
    interaction,
    ctx,
    'add-to-archive',
    linksInMessage(
      message.content,
      message.embeds.map((e) => e.url),
    ),
  );
};
