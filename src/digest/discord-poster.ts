import { type REST, Routes } from 'discord.js';
import type { DigestPoster } from './digest-run';

/**
 * Posts digests through the client's REST queue: one call, no channel fetch first, so a channel that is gone or
 * forbids the bot fails with Discord's own error (Unknown Channel, Missing Permissions), which the run logs.
 * discord.js already retries a 5xx a few times; what still fails is left for the next scheduled run.
 */
export function discordPoster(rest: Pick<REST, 'post'>): DigestPoster {
  return {
    async post(channelId, message, nonce) {
      const sent = (await rest.post(Routes.channelMessages(channelId), {
        body: { ...message, nonce, enforce_nonce: true, allowed_mentions: { parse: [] } },
      })) as { id?: unknown };
      return typeof sent?.id === 'string' ? { messageId: sent.id } : {};
    },
  };
}
