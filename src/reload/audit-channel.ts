import { type REST, Routes } from 'discord.js';

/** Posts audit lines (who reloaded, with what result) to AUDIT_CHANNEL_ID. */
export function auditChannel(rest: Pick<REST, 'post'>, channelId: string): (text: string) => Promise<void> {
  return async (text) => {
    await rest.post(Routes.channelMessages(channelId), { body: { content: text, allowed_mentions: { parse: [] } } });
  };
}
