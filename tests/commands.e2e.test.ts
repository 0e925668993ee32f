import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interactionCallback } from './fake-discord';
import { startBotHarness, type BotHarness } from './support/bot-harness';
import { testEngine } from './support/test-engine';

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness(testEngine());
});
afterAll(async () => {
  await h?.close();
});

describe('slash commands through a fake Discord', () => {
  it('/figure answers with an embed naming what was matched', async () => {
    const interaction = h.fake.slashCommand('figure', [{ name: 'topic', value: 'troops' }]);
    const callback = await h.fake.waitForRequest(interactionCallback(interaction.id));
    expect(callback.body.type).toBe(4);
    const embed = callback.body.data.embeds[0];
    expect(embed.title).toBe('Figures for troops — matched Soldaten, Truppen');
  });
});
