import type { ButtonInteraction, Interaction } from 'discord.js';
import {
  type AppCommand,
  type BotCommand,
  type InteractionOutcome,
  isMessageMenuCommand,
  type MessageMenuCommand,
} from './bot-command';
import type { CommandContext } from './command-context';
import { ephemeralNotice } from './reply-options';
import { LogEvent } from '../logging/log-events';
import { messages } from '../i18n/catalog';
import { localeOfDiscord } from '../locale/locale';
import { answerWhileLoading } from './while-loading';

/** A handler for buttons whose custom id starts with `prefix` (e.g. "fd:page:"). */
export interface ButtonHandler {
  prefix: string;
  handle(interaction: ButtonInteraction, ctx: CommandContext): Promise<InteractionOutcome>;
}

/** One interaction as the log line and the metrics see it. `outcome` is 'failed' when the handler threw. */
export interface InteractionRecord {
  kind: string;
  command: string;
  outcome: InteractionOutcome | 'failed';
  latencyMs: number;
}

/**
 * Sends each interaction to its command, autocomplete or button handler and writes one structured log line per
 * interaction (id, kind, command, latency, outcome). A handler that throws gets a short ephemeral apology, never a
 * crash and never a stack trace in the channel.
 */
export function createInteractionRouter(
  commands: readonly AppCommand[],
  buttons: readonly ButtonHandler[],
  observe: (record: InteractionRecord) => void = () => undefined,
  /** How far the first build has got (0–1), told to whoever asks before the holder has a corpus. */
  loadingRatio: () => number = () => 0,
) {
  const byName = new Map<string, BotCommand>();
  const menuByName = new Map<string, MessageMenuCommand>();
  for (const c of commands) {
    if (isMessageMenuCommand(c)) menuByName.set(c.data.name, c);
    else byName.set(c.data.name, c);
  }

  async function dispatch(
    interaction: Interaction,
    ctx: CommandContext,
  ): Promise<{ kind: string; name: string; outcome: InteractionOutcome }> {
    if (!ctx.holder.loaded) {
      const outcome = await answerWhileLoading(interaction, loadingRatio());
      return { kind: interactionKind(interaction), name: commandName(interaction), outcome };
    }
    if (interaction.isChatInputCommand()) {
      const command = byName.get(interaction.commandName);
      if (!command) {
        await interaction.reply(
          ephemeralNotice(
            messages(localeOfDiscord(interaction.locale)).notices.unknownCommand(interaction.commandName),
          ),
        );
        return { kind: 'command', name: interaction.commandName, outcome: 'user-error' };
      }
      return { kind: 'command', name: interaction.commandName, outcome: await command.execute(interaction, ctx) };
    }
    if (interaction.isAutocomplete()) {
      const command = byName.get(interaction.commandName);
      if (!command?.autocomplete) {
        await interaction.respond([]);
        return { kind: 'autocomplete', name: interaction.commandName, outcome: 'ignored' };
      }
      return {
        kind: 'autocomplete',
        name: interaction.commandName,
        outcome: await command.autocomplete(interaction, ctx),
      };
    }
    if (interaction.isMessageContextMenuCommand()) {
      const command = menuByName.get(interaction.commandName);
      if (!command) {
        await interaction.reply(ephemeralNotice(`Unknown command ${interaction.commandName}.`));
        return { kind: 'message-menu', name: interaction.commandName, outcome: 'user-error' };
      }
      return {
        kind: 'message-menu',
        name: interaction.commandName,
        outcome: await command.executeOnMessage(interaction, ctx),
      };
    }
    if (interaction.isButton()) {
      const handler = buttons.find((b) => interaction.customId.startsWith(b.prefix));
      if (!handler) {
        await interaction.reply(ephemeralNotice(messages(localeOfDiscord(interaction.locale)).notices.staleButton));
        return { kind: 'button', name: interaction.customId.slice(0, 40), outcome: 'user-error' };
      }
      return { kind: 'button', name: handler.prefix, outcome: await handler.handle(interaction, ctx) };
    }
    return { kind: `type-${interaction.type}`, name: '', outcome: 'ignored' };
  }

  return async function route(interaction: Interaction, ctx: CommandContext): Promise<void> {
    const started = Date.now();
    try {
      const { kind, name, outcome } = await dispatch(interaction, ctx);
      const latencyMs = Date.now() - started;
      ctx.logger.info({ interactionId: interaction.id, kind, command: name, latencyMs, outcome }, 'interaction');
      observe({ kind, command: name, outcome, latencyMs });
    } catch (err) {
      const latencyMs = Date.now() - started;
      ctx.logger.error(
        { event: LogEvent.interactionFailed, err, interactionId: interaction.id, latencyMs, outcome: 'failed' },
        'interaction failed',
      );
      observe({ kind: interactionKind(interaction), command: commandName(interaction), outcome: 'failed', latencyMs });
      await apologise(interaction).catch((replyErr: unknown) =>
        ctx.logger.warn({ err: replyErr, interactionId: interaction.id }, 'could not tell the user about the failure'),
      );
    }
  };
}

function interactionKind(interaction: Interaction): string {
  if (interaction.isChatInputCommand()) return 'command';
  if (interaction.isAutocomplete()) return 'autocomplete';
  if (interaction.isButton()) return 'button';
  if (interaction.isMessageContextMenuCommand()) return 'message-menu';
  return `type-${interaction.type}`;
}

function commandName(interaction: Interaction): string {
  return interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : '';
}

async function apologise(interaction: Interaction): Promise<void> {
  if (!interaction.isRepliable()) return;
  const FAILURE = messages(localeOfDiscord(interaction.locale)).notices.failure;
  if (interaction.deferred || interaction.replied) await interaction.followUp(ephemeralNotice(FAILURE));
  else await interaction.reply(ephemeralNotice(FAILURE));
}
