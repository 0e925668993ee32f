import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandInteraction, interactionCallback, route, snowflake } from './fake-discord';
import { EPHEMERAL } from './support/ask';
import { startBotHarness, type BotHarness } from './support/bot-harness';
import { loadEngine } from './support/engine';

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness(await loadEngine());
});
afterAll(async () => {
  await h?.close();
});

/** An interaction created 2.5 s ago: the bot has only half a second left, so it must defer before answering. */
function lateInteraction(name: string, option: string, value: string) {
  const payload = commandInteraction(h.fake, name, [{ name: option, value }]);
  payload.id = snowflake(Date.now() - 2500);
  return h.fake.sendInteraction(payload);
}

describe('work that would miss the 3-second deadline', () => {
  it('is deferred first, then the answer is edited into the reply', async () => {
    const interaction = lateInteraction('figure', 'topic', 'troops');
    const callback = await h.fake.waitForRequest(interactionCallback(interaction.id));
    expect(callback.body.type).toBe(5);
    const edit = await h.fake.waitForRequest(
      route('PATCH', `/webhooks/${h.fake.applicationId}/${interaction.token}/messages/@original`),
    );
    expect(edit.body.embeds[0].title).toMatch(/^Figures for troops — matched/);
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(h.fake.originalMessage(interaction)?.embeds[0].title).toBe(edit.body.embeds[0].title);
    // The chart comes with the edit, as a file the edited message keeps.
    expect(edit.files?.map((f) => f.name)).toEqual(['figure.png']);
    expect(h.fake.originalMessage(interaction)?.attachments.map((a: { filename: string }) => a.filename)).toEqual([
      'figure.png',
    ]);
  });

  it('keeps an error private even after a public defer: the placeholder goes, an ephemeral follow-up says why', async () => {
    const interaction = lateInteraction('source', 'name', 'BBC');
    const callback = await h.fake.waitForRequest(interactionCallback(interaction.id));
    expect(callback.body.type).toBe(5);
    await h.fake.waitForRequest(
      route('DELETE', `/webhooks/${h.fake.applicationId}/${interaction.token}/messages/@original`),
    );
    const followUp = await h.fake.waitForRequest(
      route('POST', `/webhooks/${h.fake.applicationId}/${interaction.token}`),
    );
    expect(followUp.body.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(followUp.body.content).toContain('No source named "BBC"');
    expect(h.fake.originalMessage(interaction)).toBeUndefined();
  });
});
