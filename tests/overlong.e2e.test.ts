import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine/engine';
import { ask } from './support/ask';
import { startBotHarness, type BotHarness } from './support/bot-harness';
import { expectAcceptedByDiscord } from './support/discord-limits-check';
import { loadEngine, OVERLONG_ID, OVERLONG_WORD, overlongDataDir } from './support/engine';
import { sentenceText } from '../src/corpus/article-text';

let h: BotHarness;
let engine: Engine;
beforeAll(async () => {
  engine = await loadEngine(await overlongDataDir());
  h = await startBotHarness(engine);
});
afterAll(async () => {
  await h?.close();
});

/** The snippet text of a field: its quoted lines without "> " and without the cut marker. */
const quotedText = (value: string) =>
  value
    .split('\n')
    .filter((line) => line.startsWith('> '))
    .map((line) => line.slice(2))
    .join('\n')
    .replace(/\s?…$/, '');

describe('an answer longer than Discord allows', () => {
  it('/article with a huge title and sentence is cut to fit, marked with "…", and pages', async () => {
    const { type, data } = await ask(h.fake, 'article', [{ name: 'id', value: OVERLONG_ID }]);
    expect(type).toBe(4);
    expectAcceptedByDiscord(data);
    const embed = data.embeds[0];
    expect(embed.title.length).toBeLessThanOrEqual(256);
    expect(embed.title.endsWith('…')).toBe(true);
    expect(embed.url).toBe('https://example.org/overlong');
    const long = embed.fields.find((f: { name: string }) => f.name === '¶ 2');
    expect(long.value.endsWith('…')).toBe(true);
    // Never invent: what is shown is the start of the article's own sentence, word for word.
    const sentence = sentenceText(engine.articles.get(OVERLONG_ID)!.text, 1, 0) ?? '';
    expect(sentence.length).toBeGreaterThan(1024);
    expect(sentence.startsWith(quotedText(long.value))).toBe(true);
    expect(quotedText(long.value).length).toBeGreaterThan(500);
    expect(data.components[0].components.map((b: { label: string }) => b.label)).toEqual(['Previous', 'Next']);
  });

  it('/search cites the cut snippet with outlet, date, paragraph and link intact', async () => {
    const { data } = await ask(h.fake, 'search', [{ name: 'query', value: OVERLONG_WORD }]);
    expectAcceptedByDiscord(data);
    const field = data.embeds[0].fields[0];
    expect(field.value).toContain('Testdesk Zeitung · 2025-01-02 · ¶ 2 · [article](https://example.org/overlong)');
    expect(field.name.length).toBeLessThanOrEqual(256);
    expect(quotedText(field.value)).toContain(OVERLONG_WORD);
  });
});
