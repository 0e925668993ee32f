import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../src/engine/answer';
import type { Engine } from '../src/engine/engine';
import { askAnswer, click, clickAnswer, EPHEMERAL } from './support/ask';
import { startBotHarness, type BotHarness } from './support/bot-harness';
import { expectAcceptedByDiscord } from './support/discord-limits-check';
import { loadEngine, manyFiguresDataDir } from './support/engine';

let h: BotHarness;
let engine: Engine;

beforeAll(async () => {
  engine = await loadEngine(await manyFiguresDataDir());
  h = await startBotHarness(engine);
});
afterAll(async () => {
  await h?.close();
});

type Button = { custom_id: string; label: string; disabled?: boolean };
const buttons = (message: Record<string, any> | undefined): Button[] =>
  (message?.components ?? []).flatMap((row: { components: Button[] }) => row.components);
const button = (message: Record<string, any> | undefined, label: string): Button => {
  const found = buttons(message).find((b) => b.label === label);
  if (!found) throw new Error(`no ${label} button`);
  return found;
};
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function fullAnswer(name: 'figure' | 'source', query: string): Answer {
  const outcome = engine.answer({ name, query }, { all: true });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.answer;
}

async function answerMessage(name: 'figure' | 'source', option: string, value: string, locale?: string) {
  const reply = await askAnswer(h.fake, name, [{ name: option, value }], locale);
  const message = h.fake.originalMessage(reply.interaction);
  if (!message) throw new Error('the reply created no message');
  return { reply, message };
}

describe('/figure chart', () => {
  it.each([
    ['en-US', /^Chart of \d+ figures from \d+ sources?, by (value|publication date)/, 'Next'],
    ['de', /^Diagramm mit \d+ Zahlen \(/, 'Weiter'],
  ])(
    'comes with the answer as figure.png with alt text, shown in the embed and described (%s)',
    async (locale, described, next) => {
      const { reply, message } = await answerMessage('figure', 'topic', 'troops', locale);
      expectAcceptedByDiscord(reply.data);
      expect(reply.files.map((f) => f.name)).toEqual(['figure.png']);
      expect(reply.files[0]?.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(reply.data.attachments[0].description).toMatch(described);
      const table = reply.data.embeds[0];
      expect(table.image).toEqual({ url: 'attachment://figure.png' });
      expect(table.fields.at(-1).value).toBe(reply.data.attachments[0].description);
      expect(buttons(message).map((b) => b.label)).toEqual(expect.arrayContaining([next, 'CSV', 'Markdown']));
    },
  );

  it('stays on the message while it is paged, as do the export buttons', async () => {
    const { message } = await answerMessage('figure', 'topic', 'troops');
    const paged = await click(h.fake, message.id, button(message, 'Next').custom_id);
    expectAcceptedByDiscord(paged.data);
    expect(paged.data.embeds[0].image).toEqual({ url: 'attachment://figure.png' });
    expect(paged.data.embeds[0].footer.text).toMatch(/^Page 2\//);
    expect(buttons(h.fake.messages.get(message.id)).map((b) => b.label)).toEqual([
      'Previous',
      'Next',
      'CSV',
      'Markdown',
    ]);
    expect(h.fake.messages.get(message.id)?.attachments.map((a: { filename: string }) => a.filename)).toEqual([
      'figure.png',
    ]);
  });
});

describe('export buttons', () => {
  it("CSV sends the full list, not the pages' hundred, privately, as a file that parses back to the answer", async () => {
    const { message } = await answerMessage('figure', 'topic', 'troops');
    const full = fullAnswer('figure', 'troops');
    expect(full.results.length).toBeGreaterThan(100);
    const pressed = await clickAnswer(h.fake, message.id, button(message, 'CSV').custom_id);
    // Deferred at once, privately: a full list and its upload may take longer than Discord's 3 s.
    expect(pressed.deferred).toBe(true);
    expect(pressed.flags & EPHEMERAL).toBe(EPHEMERAL);
    expectAcceptedByDiscord(pressed.data);
    expect(pressed.data.content).toMatch(new RegExp(`^CSV: ${full.results.length} rows, Figures for troops`));
    const [file] = pressed.files;
    expect(file?.name).toBe('factdesk-figure-troops.csv');
    const [header, ...records] = parse(file?.data ?? '', { bom: true }) as string[][];
    expect(header?.slice(0, 3)).toEqual(['value', 'upper value', 'unit']);
    const column = (name: string) => header?.indexOf(name) ?? -1;
    expect(records.map((r) => r[column('sentence')])).toEqual(full.results.map((r) => r.snippet));
    expect(records.map((r) => r[column('words read')])).toEqual(full.results.map((r) => r.figure?.text));
    expect(records.map((r) => Number(r[column('value')]))).toEqual(full.results.map((r) => r.figure?.value));
    // The answer in the channel is untouched.
    expect(h.fake.messages.get(message.id)?.embeds[0].footer.text).toMatch(/^Page 1\//);
  });

  it('Markdown pressed by a German reader comes with German headings, whoever asked', async () => {
    const { message } = await answerMessage('source', 'name', 'Yonhap');
    const full = fullAnswer('source', 'Yonhap');
    const pressed = await clickAnswer(h.fake, message.id, button(message, 'Markdown').custom_id, 'de');
    expectAcceptedByDiscord(pressed.data);
    expect(pressed.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(pressed.data.content).toMatch(/^Markdown: \d+ Zeilen, Quellen zu Yonhap/);
    const [file] = pressed.files;
    expect(file?.name).toBe('factdesk-source-yonhap.md');
    const text = file?.data.toString('utf8') ?? '';
    const table = text.split('\n').filter((line) => line.startsWith('| '));
    expect(table[0]).toMatch(/^\| Quelle \| gegenüber \| gelesene Wörter \| Satz \|/);
    expect(table).toHaveLength(full.results.length + 2);
    expect(full.results.length).toBeGreaterThan(100);
  });

  it("on another answer's message says privately that it no longer matches, and sends no file", async () => {
    const { message: figure } = await answerMessage('figure', 'topic', 'troops');
    const { message: source } = await answerMessage('source', 'name', 'Yonhap');
    const pressed = await click(h.fake, figure.id, button(source, 'CSV').custom_id);
    expect(pressed.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(pressed.data.content).toMatch(/no longer match/);
    expect(pressed.callback.files).toBeUndefined();
  });
});
