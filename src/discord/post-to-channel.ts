import { type REST, type RESTPostAPIChannelMessageJSONBody, Routes } from 'discord.js';

/**
 * Posts a message to a channel through the client's REST queue, pinging nobody whatever the text holds. One call
 * and no channel fetch first: a channel that is gone or forbids the bot fails with Discord's own error.
 */
export async function postToChannel(
  rest: Pick<REST, 'post'>,
  channelId: string,
  body: RESTPostAPIChannelMessageJSONBody,
): Promise<{ messageId?: string }> {
  const sent = (await rest.post(Routes.channelMessages(channelId), {
    body: { ...body, allowed_mentions: { parse: [] } },
  })) as { id?: unknown } | undefined;
  return typeof sent?.id === 'string' ? { messageId: sent.id } : {};
}
