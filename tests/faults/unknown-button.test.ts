import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, click, EPHEMERAL } from '../support/ask';
import { startBotHarness, type BotHarness } from '../support/bot-harness';
import { loadEngine } from '../support/engine';

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness(await loadEngine());
});
afterAll(async () => {
  await h?.close();
});

describe('a button whose id the bot does not know (an older version of the bot, or forged)', () => {
  it.each(['fd:sort:newest', 'x'.repeat(100)])(
    '%s gets the ephemeral "no longer match" notice and leaves the message alone',
    async (customId) => {
      const asked = await ask(h.fake, 'figure', [{ name: 'topic', value: 'troops' }]);
      const message = h.fake.originalMessage(asked.interaction);
      if (!message) throw new Error('the reply created no message');
      const before = structuredClone(message);

      const clicked = await click(h.fake, message.id, customId);
      expect(clicked.type).toBe(4);
      expect(clicked.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(clicked.data.content).toContain('These buttons no longer match this answer.');
      expect(h.fake.messages.get(message.id)).toEqual(before);
      await expect
        .poll(() => h.logs.lines().find((l) => l.interactionId === clicked.interaction.id)?.outcome)
        .toBe('user-error');
    },
  );
});
