import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine/engine';
import { interactionCallback } from './fake-discord';
import { ask, click, EPHEMERAL } from './support/ask';
import { startBotHarness, type BotHarness } from './support/bot-harness';
import { expectAcceptedByDiscord } from './support/discord-limits-check';
import { loadEngine } from './support/engine';
import { paragraphCount } from '../src/corpus/article-text';

let h: BotHarness;
let engine: Engine;
/** The two articles with the most paragraphs: both answers span several pages. */
let longIds: [string, string];

beforeAll(async () => {
  engine = await loadEngine();
  const byLength = [...engine.articles.values()].sort((a, b) => paragraphCount(b.text) - paragraphCount(a.text));
  longIds = [byLength[0]?.id ?? '', byLength[1]?.id ?? ''];
  h = await startBotHarness(engine);
});
afterAll(async () => {
  await h?.close();
});

type Button = { custom_id: string; label: string; disabled?: boolean };
const buttons = (message: Record<string, any> | undefined): Button[] => message?.components?.[0]?.components ?? [];
const button = (message: Record<string, any> | undefined, label: string): Button => {
  const found = buttons(message).find((b) => b.label === label);
  if (!found) throw new Error(`no ${label} button`);
  return found;
};

async function articleMessage(id: string) {
  const asked = await ask(h.fake, 'article', [{ name: 'id', value: id }]);
  const message = h.fake.originalMessage(asked.interaction);
  if (!message) throw new Error('the reply created no message');
  return message;
}

describe('Previous/Next paging', () => {
  it('a long answer shows page 1 with Next enabled and Previous disabled', async () => {
    const message = await articleMessage(longIds[0]);
    expect(message.embeds[0].footer.text).toMatch(new RegExp(`^Page 1/\\d+ · /article ${longIds[0]}$`));
    expect(button(message, 'Previous').disabled).toBe(true);
    expect(button(message, 'Next').disabled).toBe(false);
  });

  it('Next updates the message in place to page 2, and Previous goes back', async () => {
    const message = await articleMessage(longIds[0]);
    const firstPage = message.embeds[0].fields.map((f: { name: string }) => f.name);
    const next = await click(h.fake, message.id, button(message, 'Next').custom_id);
    expect(next.type).toBe(7);
    expectAcceptedByDiscord(next.data);
    expect(next.data.embeds[0].footer.text).toMatch(/^Page 2\//);
    const secondPage = next.data.embeds[0].fields.map((f: { name: string }) => f.name);
    expect(secondPage[0]).toBe(`¶ ${firstPage.length + 1}`);
    const updated = h.fake.messages.get(message.id);
    const back = await click(h.fake, message.id, button(updated, 'Previous').custom_id);
    expect(back.data.embeds[0].fields.map((f: { name: string }) => f.name)).toEqual(firstPage);
  });

  it('a button pages only the answer it is on, not the latest one', async () => {
    const first = await articleMessage(longIds[0]);
    const second = await articleMessage(longIds[1]);
    const secondBefore = JSON.stringify(h.fake.messages.get(second.id));
    const next = await click(h.fake, first.id, button(first, 'Next').custom_id);
    expect(next.data.embeds[0].footer.text).toContain(`/article ${longIds[0]}`);
    expect(next.data.embeds[0].title).toBe(engine.articles.get(longIds[0])?.title.slice(0, 256));
    expect(JSON.stringify(h.fake.messages.get(second.id))).toBe(secondBefore);
  });

  it('keeps working after a bot restart: the state is in the message, not in memory', async () => {
    const message = await articleMessage(longIds[0]);
    await h.restart();
    const next = await click(h.fake, message.id, button(message, 'Next').custom_id);
    expect(next.type).toBe(7);
    expect(next.data.embeds[0].footer.text).toMatch(/^Page 2\//);
  });

  it('pages a 200-character query (too long for a custom id) by reading it back from the message', async () => {
    const query = `Soldaten${' '.repeat(187)}Kursk`;
    expect(query).toHaveLength(200);
    const asked = await ask(h.fake, 'search', [{ name: 'query', value: query }]);
    const message = h.fake.originalMessage(asked.interaction);
    for (const b of buttons(message)) expect(b.custom_id.length).toBeLessThanOrEqual(100);
    const next = await click(h.fake, message?.id ?? '', button(message, 'Next').custom_id);
    expect(next.type).toBe(7);
    expect(next.data.embeds[0].footer.text).toBe(
      `Page 2/${next.data.embeds[0].footer.text.split('/')[1]?.split(' ')[0]} · /search ${query}`,
    );
  });

  it('a button whose id does not belong to the message says so privately and changes nothing', async () => {
    const first = await articleMessage(longIds[0]);
    const second = await articleMessage(longIds[1]);
    const before = JSON.stringify(h.fake.messages.get(first.id));
    const wrong = await click(h.fake, first.id, button(second, 'Next').custom_id);
    expect(wrong.type).toBe(4);
    expect(wrong.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(wrong.data.content).toMatch(/no longer match/);
    expect(JSON.stringify(h.fake.messages.get(first.id))).toBe(before);
  });

  it('every page of every answer fits Discord limits', async () => {
    const message = await articleMessage(longIds[0]);
    let current = h.fake.messages.get(message.id);
    for (let guard = 0; guard < 50 && current && !button(current, 'Next').disabled; guard++) {
      const next = await click(h.fake, message.id, button(current, 'Next').custom_id);
      expectAcceptedByDiscord(next.data);
      current = h.fake.messages.get(message.id);
    }
    expect(button(current, 'Next').disabled).toBe(true);
    expect(h.fake.requests.filter(interactionCallback()).every((r) => (r.status ?? 0) < 400)).toBe(true);
  });
});
