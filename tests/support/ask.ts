import { interactionCallback, type FakeDiscord, type RecordedRequest, type SentInteraction, type StringOption } from '../fake-discord';

export interface Asked {
  interaction: SentInteraction;
  callback: RecordedRequest;
  /** Callback type: 4 reply, 5 defer, 7 update, 8 autocomplete result. */
  type: number;
  data: Record<string, any>;
  sentAt: number;
}

/** Sends a slash command (or autocomplete) through the fake gateway and waits for the bot's callback. */
export async function ask(
  fake: FakeDiscord,
  name: string,
  options: StringOption[] = [],
  autocomplete = false,
  locale?: string,
): Promise<Asked> {
  const sentAt = Date.now();
  const interaction = autocomplete ? fake.autocomplete(name, options, locale) : fake.slashCommand(name, options, locale);
  const callback = await fake.waitForRequest(interactionCallback(interaction.id));
  return { interaction, callback, type: callback.body.type, data: callback.body.data ?? {}, sentAt };
}

/** Clicks a button on a message the fake holds and waits for the bot's callback. */
export async function click(fake: FakeDiscord, messageId: string, customId: string, locale?: string): Promise<Asked> {
  const sentAt = Date.now();
  const interaction = fake.clickButton(messageId, customId, locale);
  const callback = await fake.waitForRequest(interactionCallback(interaction.id));
  return { interaction, callback, type: callback.body.type, data: callback.body.data ?? {}, sentAt };
}

export const EPHEMERAL = 64;
