import type { REST } from 'discord.js';
import { postToChannel } from '../discord/post-to-channel';
import type { DigestPoster } from './digest-run';

/**
 * Posts digests (see postToChannel): a channel that is gone or forbids the bot fails with Discord's own error
 * (Unknown Channel, Missing Permissions), which the run logs. discord.js already retries a 5xx a few times; what
 * still fails is left for the next scheduled run. The nonce makes Discord drop a second post of the same slot.
 */
export function discordPoster(rest: Pick<REST, 'post'>): DigestPoster {
  return {
    post: (channelId, message, nonce) => postToChannel(rest, channelId, { ...message, nonce, enforce_nonce: true }),
  };
}
