import { type ChatInputCommandInteraction, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { InteractionOutcome } from '../src/bot/bot-command';
import type { CommandContext } from '../src/bot/command-context';
import { ephemeralNotice, NO_MENTIONS } from '../src/bot/reply-options';
import { pickerText } from '../src/bot/slash-command-data';
import { runDigest } from '../src/digest/digest-run';
import { countedPoster } from '../src/digest/counted-poster';
import { discordPoster } from '../src/digest/discord-poster';
import { previewDigest } from '../src/digest/preview';
import { digestMessage } from '../src/digest/render-digest';
import { guardedExecute } from '../src/bot/moderator-only';
import { SHELL_COMMANDS } from '../src/engine/command-table';
import { messages } from '../src/i18n/catalog';
import { localeOfDiscord } from '../src/locale/locale';

const previewText = pickerText((m) => m.slash.digestPreview);
const nowText = pickerText((m) => m.slash.digestNow);

export const data = new SlashCommandBuilder()
  .setName('digest')
  .setDescription(pickerText((m) => m.slash.digest).description)
  .setDescriptionLocalizations(pickerText((m) => m.slash.digest).localizations)
  .addSubcommand((s) =>
    s.setName('preview').setDescription(previewText.description).setDescriptionLocalizations(previewText.localizations),
  )
  .addSubcommand((s) =>
    s.setName('now').setDescription(nowText.description).setDescriptionLocalizations(nowText.localizations),
  );

// Subcommands of /digest; each is its own row of the command table (digest-preview, digest-now).
const SubcommandSchema = z.enum(['preview', 'now']);

export async function execute(
  interaction: ChatInputCommandInteraction,
  ctx: CommandContext,
): Promise<InteractionOutcome> {
  const sub = SubcommandSchema.safeParse(interaction.options.getSubcommand(false));
  if (!sub.success) {
    await interaction.reply(ephemeralNotice(messages(localeOfDiscord(interaction.locale)).digest.useSubcommand));
    return 'user-error';
  }
  return sub.data === 'preview' ? preview(interaction, ctx) : postNow(interaction, ctx);
}

async function preview(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<InteractionOutcome> {
  const digest = await previewDigest(ctx.holder.current, ctx.env.STATE_DIR, interaction.channelId);
  // The digest as it will be posted, in the desk's language; the note to the asker in theirs.
  const message = digestMessage(digest, ctx.env.DIGEST_TIMEZONE, ctx.env.DESK_LOCALE);
  const note = messages(localeOfDiscord(interaction.locale)).digest.previewNote;
  await interaction.reply({
    content: message.content ? `${note}\n${message.content}` : note,
    ...(message.embeds ? { embeds: message.embeds } : {}),
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_MENTIONS,
  });
  return 'answered';
}

const postNow = guardedExecute(SHELL_COMMANDS['digest-now'], async (interaction, ctx): Promise<InteractionOutcome> => {
  const m = messages(localeOfDiscord(interaction.locale));
  const channelIds = ctx.env.DIGEST_CHANNEL_IDS ?? [];
  if (channelIds.length === 0) {
    await interaction.reply(ephemeralNotice(m.digest.noChannels));
    return 'user-error';
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const run = await runDigest(
    {
      engine: () => ctx.holder.current,
      stateDir: ctx.env.STATE_DIR,
      channelIds,
      timezone: ctx.env.DIGEST_TIMEZONE,
      locale: ctx.env.DESK_LOCALE,
      poster: countedPoster(discordPoster(interaction.client.rest), ctx.digestPosted),
      log: ctx.logger,
    },
    { kind: 'manual', slot: new Date() },
  );
  const lines: string[] = [];
  if (run.skipped === 'locked') lines.push(m.digest.locked);
  if (run.sent.length > 0) lines.push(m.digest.postedTo(run.sent.map((id) => `<#${id}>`).join(', ')));
  for (const failure of run.failed) lines.push(m.digest.couldNotPost(`<#${failure.channelId}>`, failure.error));
  await interaction.editReply({ content: lines.join('\n') || m.digest.nothingPosted, allowedMentions: NO_MENTIONS });
  return run.failed.length === 0 && run.skipped === undefined ? 'answered' : 'engine-error';
});
