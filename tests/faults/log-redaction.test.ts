import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandInteraction, interactionCallback, route, snowflake } from '../fake-discord';
import { startBotHarness, type BotHarness } from '../support/bot-harness';
import { loadEngine } from '../support/engine';

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness(await loadEngine());
});
afterAll(async () => {
  await h?.close();
});

const UNKNOWN_INTERACTION = { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
const UNKNOWN_WEBHOOK = { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };

/** Waits until the bot has logged that it could not apologise for the interaction: the end of a failing run. */
async function failedRunLogged(interactionId: string): Promise<void> {
  await expect
    .poll(
      () =>
        h.logs
          .lines()
          .some((l) => l.interactionId === interactionId && l.msg === 'could not tell the user about the failure'),
      {
        timeout: 10_000,
      },
    )
    .toBe(true);
}

// An interaction token lets anyone answer, edit or delete as the bot for 15 minutes; a log is read by many more.
describe('interaction tokens in the log of a failing run', () => {
  it('are redacted from the interaction callback URLs Discord refused', async () => {
    const interaction = h.fake.slashCommand('figure', [{ name: 'topic', value: 'troops' }]);
    h.fake.failNext(interactionCallback(interaction.id), UNKNOWN_INTERACTION);
    h.fake.failNext(interactionCallback(interaction.id), UNKNOWN_INTERACTION);
    await failedRunLogged(interaction.id);

    const failed = h.logs.lines().find((l) => l.interactionId === interaction.id && l.msg === 'interaction failed');
    expect(failed?.err?.url).toMatch(/\/interactions\/\d+\/\[redacted\]\/callback/);
    expect(h.logs.text()).not.toContain(interaction.token);
  });

  it('are redacted from the webhook URLs of a deferred reply and its follow-up', async () => {
    const payload = commandInteraction(h.fake, 'figure', [{ name: 'topic', value: 'troops' }]);
    // Created 2.5 s ago: the bot defers, then edits the answer in through the interaction's webhook.
    payload.id = snowflake(Date.now() - 2500);
    h.fake.failNext(
      route('PATCH', `/webhooks/${h.fake.applicationId}/${payload.token}/messages/@original`),
      UNKNOWN_WEBHOOK,
    );
    h.fake.failNext(route('POST', `/webhooks/${h.fake.applicationId}/${payload.token}`), UNKNOWN_WEBHOOK);
    const interaction = h.fake.sendInteraction(payload);
    await failedRunLogged(interaction.id);

    const failed = h.logs.lines().find((l) => l.interactionId === interaction.id && l.msg === 'interaction failed');
    expect(failed?.err?.url).toMatch(new RegExp(`/webhooks/${h.fake.applicationId}/\\[redacted\\]/messages/`));
    expect(h.logs.text()).not.toContain(interaction.token);
  });
});
