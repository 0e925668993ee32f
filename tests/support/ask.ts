import {
  interactionCallback,
  type FakeDiscord,
  type RecordedFile,
  type RecordedRequest,
  type SentInteraction,
  type StringOption,
} from '../fake-discord';

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
  const interaction = autocomplete
    ? fake.autocomplete(name, options, locale)
    : fake.slashCommand(name, options, locale);
  const callback = await fake.waitForRequest(interactionCallback(interaction.id));
  return { interaction, callback, type: callback.body.type, data: callback.body.data ?? {}, sentAt };
}

/**
 * A slash command's answer as it finally stands, with the files it attached: the reply itself, or, when the bot
 * deferred because the work ran past its threshold (a first /figure chart on a busy machine), the edit that put the
 * answer into the deferred reply. `type` is 4 either way; `deferred` says which it was.
 */
export async function askAnswer(
  fake: FakeDiscord,
  name: string,
  options: StringOption[] = [],
  locale?: string,
): Promise<Asked & { files: RecordedFile[]; deferred: boolean }> {
  const asked = await ask(fake, name, options, false, locale);
  if (asked.type !== 5) return { ...asked, files: asked.callback.files ?? [], deferred: false };
  const token = asked.interaction.token;
  const edit = await fake.waitForRequest(
    (r) => r.method === 'PATCH' && r.path.endsWith(`/${token}/messages/@original`),
  );
  return { ...asked, type: 4, data: edit.body ?? {}, files: edit.files ?? [], deferred: true };
}

/** Clicks a button on a message the fake holds and waits for the bot's callback. */
export async function click(fake: FakeDiscord, messageId: string, customId: string, locale?: string): Promise<Asked> {
  const sentAt = Date.now();
  const interaction = fake.clickButton(messageId, customId, locale);
  const callback = await fake.waitForRequest(interactionCallback(interaction.id));
  return { interaction, callback, type: callback.body.type, data: callback.body.data ?? {}, sentAt };
}

/**
 * A button's answer as it finally stands: the reply, or the edit of a deferred reply with the files it attached.
 * `flags` are those of the first response, where Discord takes a reply's visibility from.
 */
export async function clickAnswer(
  fake: FakeDiscord,
  messageId: string,
  customId: string,
  locale?: string,
): Promise<Asked & { files: RecordedFile[]; deferred: boolean; flags: number }> {
  const clicked = await click(fake, messageId, customId, locale);
  const flags = Number(clicked.data.flags ?? 0);
  if (clicked.type !== 5) return { ...clicked, files: clicked.callback.files ?? [], deferred: false, flags };
  const token = clicked.interaction.token;
  const edit = await fake.waitForRequest(
    (r) => r.method === 'PATCH' && r.path.endsWith(`/${token}/messages/@original`),
  );
  return { ...clicked, type: 4, data: edit.body ?? {}, files: edit.files ?? [], deferred: true, flags };
}

export const EPHEMERAL = 64;
