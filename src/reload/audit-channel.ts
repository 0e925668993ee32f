import type { REST } from 'discord.js';
import { postToChannel } from '../discord/post-to-channel';

/** Posts audit lines (who reloaded, with what result) to AUDIT_CHANNEL_ID. */
export function auditChannel(rest: Pick<REST, 'post'>, channelId: string): (text: string) => Promise<void> {
  return async (text) => {
    await postToChannel(rest, channelId, { content: text });
  };
}
