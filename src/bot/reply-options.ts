import { MessageFlags, type InteractionReplyOptions } from 'discord.js';
import { renderNotice } from '../render/embeds';

/**
 * Mentions parse nothing on every reply, not only on the client: a query echoing "@everyone" or a role mention
 * must never notify anyone, even if someone later changes the client defaults.
 */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false };

/** A short notice only the asking user sees; the channel sees nothing. */
export function ephemeralNotice(text: string): InteractionReplyOptions & { flags: MessageFlags.Ephemeral } {
  return { content: renderNotice(text), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS };
}
