import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine/engine';
import { interactionCallback } from './fake-discord';
import { ask, askAnswer, click, EPHEMERAL } from './support/ask';
import { startBotHarness, type BotHarness } from './support/bot-harness';
import { expectAcceptedByDiscord } from './support/discord-limits-check';
import { loadEngine } from './support/engine';
import { sendCommand } from './desk-bot';

let h: BotHarness;
let engine: Engine;
beforeAll(async () => {
  engine = await loadEngine();
  h = await startBotHarness(engine);
});
afterAll(async () => {
  await h?.close();
});

const isEphemeral = (data: Record<string, any>) => (Number(data.flags ?? 0) & EPHEMERAL) === EPHEMERAL;
// The answer as it finally stands: a first chart on a busy machine may make the bot defer and edit it in.
const figure = (locale: string) => askAnswer(h.fake, 'figure', [{ name: 'topic', value: 'troops' }], locale);
/** A German number: groups of three after a point ("8.000", "12.000.000"), never a comma before three digits. */
const GERMAN_NUMBER = String.raw`\d{1,3}(?:\.\d{3})*(?:,\d+)?`;
const ENGLISH_NUMBER = String.raw`\d{1,3}(?:,\d{3})*(?:\.\d+)?`;

describe('a German reporter (Discord locale de)', () => {
  it('gets /figure in German: headline, spread and figure table with German numbers, labels and dates', async () => {
    const { data } = await figure('de');
    expectAcceptedByDiscord(data);
    const embed = data.embeds[0];
    expect(embed.title).toMatch(/^Zahlen zu troops — gefunden: \S/);
    expect(embed.description).toMatch(new RegExp(`^\\*\\*${GERMAN_NUMBER}(–${GERMAN_NUMBER})? laut \\d+ Quellen?`));
    expect(embed.footer.text).toMatch(/^Seite 1\/\d+ · \/figure troops$/);
    const rows = (embed.description as string).split('\n').filter((line) => line.startsWith('• '));
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row).toMatch(/ — .+, ((Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. \S+ \d{4}|ohne Datum)$/);
    const headings = (embed.description as string)
      .split('\n')
      .filter((line) => /^\*\*[^*]+\*\*$/.test(line))
      .slice(1);
    for (const heading of headings)
      expect(heading).toMatch(new RegExp(`^\\*\\*${GERMAN_NUMBER}(–${GERMAN_NUMBER})?\\*\\*$`));
    // Sources the lexicon labels in German are listed by that label.
    expect(embed.description).toContain('• Südkorea (Regierung, Seoul)');
    expect(embed.description).not.toContain('South Korea (government, Seoul)');
    const buttons = data.components?.[0]?.components ?? [];
    expect(buttons.map((b: { label: string }) => b.label)).toEqual(['Zurück', 'Weiter']);
  });

  it('pages on to the cited sentences in German, verbatim; an English reader paging it keeps it German', async () => {
    const asked = await figure('de');
    const message = h.fake.originalMessage(asked.interaction);
    if (!message) throw new Error('the reply created no message');
    const next = message.components[0].components.find((b: { label: string }) => b.label === 'Weiter');
    const paged = await click(h.fake, message.id, next.custom_id, 'en-US');
    expect(paged.type).toBe(7);
    expectAcceptedByDiscord(paged.data);
    const embed = paged.data.embeds[0];
    expect(embed.footer.text).toMatch(/^Seite 2\//);
    expect(embed.title).toMatch(/^Zahlen zu troops/);
    const answer = engine.answer({ name: 'figure', query: 'troops' });
    if (!answer.ok) throw new Error('the bundled corpus answers /figure troops');
    const fields = embed.fields as Array<{ name: string; value: string }>;
    expect(fields.length).toBeGreaterThan(0);
    fields.forEach((field, i) => {
      const result = answer.answer.results[i]!;
      // The cited sentence is the article's own words, untouched by the language of the reply.
      expect(field.value).toContain(`> ${result.snippet.split('\n')[0]}`);
      expect(field.value).not.toMatch(/unknown outlet|undated|no source named/);
      if (result.published)
        expect(field.value).toMatch(/ · (Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. [A-ZÄa-zä]+\.? \d{4} · ¶ \d+/);
      expect(field.value).toMatch(new RegExp(`^${GERMAN_NUMBER}(–${GERMAN_NUMBER})?\\b`, 'm'));
      if (result.sourceLabels) {
        expect(field.value).toContain(` — ${result.sourceLabels.de}`);
        if (result.source !== result.sourceLabels.de) expect(field.value).not.toContain(` — ${result.source}`);
      }
    });
    expect(answer.answer.results.slice(0, fields.length).some((r) => r.sourceLabels)).toBe(true);
  });

  it('gets a miss, an empty option and a refusal in German, privately', async () => {
    const miss = await ask(h.fake, 'source', [{ name: 'name', value: 'BBC' }], false, 'de');
    expect(isEphemeral(miss.data)).toBe(true);
    expect(miss.data.content).toContain('Kein Eintrag (Quelle) namens "BBC"');
    expect(miss.data.content).toContain('Ähnlichste bekannte Namen (Vorschläge, keine Treffer): KBS');
    const empty = await ask(h.fake, 'figure', [{ name: 'topic', value: '  ' }], false, 'de');
    expect(empty.data.content).toBe('Die Angabe „topic“ braucht etwas Text.');
    const refused = sendCommand(h.fake, 'reload', { moderator: false, locale: 'de' });
    const callback = await h.fake.waitForRequest(interactionCallback(refused.id));
    expect(callback.body.data.content).toBe('Nur Moderatoren können diesen Befehl verwenden.');
  });

  it('is offered autocomplete choices worded in German, which send the same values', async () => {
    const topics = await ask(h.fake, 'figure', [{ name: 'topic', value: 'tro', focused: true }], true, 'de');
    const troops = topics.data.choices.find((c: { value: string }) => c.value === 'Troops');
    expect(troops?.name).toMatch(/^Truppen — \d{1,3}(\.\d{3})* Zahlen?$/);
    const sources = await ask(h.fake, 'source', [{ name: 'name', value: 'kc', focused: true }], true, 'de');
    expect(sources.data.choices[0]).toEqual({
      value: 'KCNA',
      name: expect.stringMatching(/^KCNA \(Agentur\) — \d+ Zitate?$/),
    });
    const english = await ask(h.fake, 'source', [{ name: 'name', value: 'kc', focused: true }], true, 'en-US');
    expect(english.data.choices.map((c: { value: string }) => c.value)).toEqual(
      sources.data.choices.map((c: { value: string }) => c.value),
    );
    expect(english.data.choices[0].name).toMatch(/^KCNA \(agency\) — \d+ quotes?$/);
  });

  it('gets /help in German, within Discord limits', async () => {
    const { data } = await ask(h.fake, 'help', [], false, 'de');
    expectAcceptedByDiscord(data);
    expect(data.embeds[0].title).toBe('Factdesk-Befehle');
    expect(data.embeds[0].fields[0].value).toMatch(/^Jede Zahl, die der Korpus zu einem Thema nennt/);
    expect(data.embeds[0].fields.map((f: { name: string }) => f.name)).toContain('/reload (nur Moderatoren)');
  });
});

describe('an English reporter (Discord locale en-US or en-GB)', () => {
  it.each(['en-US', 'en-GB'])("gets today's English answer with English numbers (%s)", async (locale) => {
    const { data } = await figure(locale);
    expectAcceptedByDiscord(data);
    const embed = data.embeds[0];
    expect(embed.title).toMatch(/^Figures for troops — matched \S/);
    expect(embed.description).toMatch(new RegExp(`^\\*\\*${ENGLISH_NUMBER}(–${ENGLISH_NUMBER})? from \\d+ sources?`));
    expect(embed.footer.text).toMatch(/^Page 1\//);
    const answer = engine.answer({ name: 'figure', query: 'troops' });
    if (!answer.ok) throw new Error('the bundled corpus answers /figure troops');
    // The English spread reads exactly as the engine's own summary does.
    expect(embed.description.split('\n')[0]).toBe(`**${answer.answer.summary}**`);
  });
});
