import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine/engine';
import { ask, askAnswer, click, EPHEMERAL } from './support/ask';
import { startBotHarness, TEST_TOKEN, type BotHarness } from './support/bot-harness';
import { expectAcceptedByDiscord } from './support/discord-limits-check';
import { loadEngine } from './support/engine';

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

describe('slash commands', () => {
  it('/figure answers publicly with what was matched, the spread line, the figure table and then cited snippets', async () => {
    // A first chart on a busy machine may run past the defer threshold: the answer is then the deferred reply's edit.
    const { type, data, interaction } = await askAnswer(h.fake, 'figure', [{ name: 'topic', value: 'troops' }]);
    expect(type).toBe(4);
    expect(isEphemeral(data)).toBe(false);
    expectAcceptedByDiscord(data);
    const table = data.embeds[0];
    expect(table.title).toMatch(/^Figures for troops — matched \S/);
    expect(table.description).toMatch(
      /^\*\*[\d,–]+ from \d+ sources?\*\*\n\n\*\*[\d,–]+\*\*\n• .+ — .+, (\d{4}-\d{2}-\d{2}|undated)\n/,
    );
    // The chart is the table page's image, described in its one field; the file travels with the reply.
    expect(table.image).toEqual({ url: 'attachment://figure.png' });
    expect((table.fields ?? []).map((f: { name: string }) => f.name)).toEqual(['Chart']);
    expect(table.fields[0].value).toMatch(/^Chart of \d+ figures from \d+ sources?, by (value|publication date)/);
    const message = h.fake.originalMessage(interaction);
    const next = message?.components[0].components.find((b: { label: string }) => b.label === 'Next');
    const paged = await click(h.fake, message?.id ?? '', next.custom_id);
    expectAcceptedByDiscord(paged.data);
    const embed = paged.data.embeds[0];
    const field = embed.fields[0];
    // Each snippet names article title (field name), outlet, date and paragraph, and the figure's own words.
    expect(field.value).toMatch(/ · ¶ \d+/);
    // The value read, the exact words it was read from (quoted), and who gave it.
    expect(field.value).toMatch(/\n[\d,–]+( \(in addition to an earlier total\))? — ".+" — .+\n/);
  });

  it('/figure with a typo still answers, labelled as the closest match', async () => {
    const { data } = await ask(h.fake, 'figure', [{ name: 'topic', value: 'trops' }]);
    expect(isEphemeral(data)).toBe(false);
    expect(data.embeds[0].title).toMatch(/closest match/);
  });

  it('/source answers with the sentences that quote the source', async () => {
    const { data } = await ask(h.fake, 'source', [{ name: 'name', value: 'kcna' }]);
    expectAcceptedByDiscord(data);
    expect(data.embeds[0].title).toBe('Sources for kcna — matched KCNA');
    expect(data.embeds[0].fields.length).toBeGreaterThan(0);
  });

  it('/source with a typed, unpicked name answers with the best match, said to be approximate', async () => {
    const { data } = await ask(h.fake, 'source', [{ name: 'name', value: 'kcan' }]);
    expect(data.embeds[0].title).toBe('Sources for kcan — closest match KCNA');
  });

  it("/source for an unknown name is a private notice with suggestions, never another source's words", async () => {
    const { type, data } = await ask(h.fake, 'source', [{ name: 'name', value: 'BBC' }]);
    expect(type).toBe(4);
    expect(isEphemeral(data)).toBe(true);
    expect(data.embeds ?? []).toHaveLength(0);
    expect(data.content).toContain('No source named "BBC"');
    expect(data.content).toMatch(/Closest known names \(suggestions, not matches\): KBS/);
  });

  it('/search finds passages for a name, saying the German spelling was matched approximately', async () => {
    const { data } = await ask(h.fake, 'search', [{ name: 'query', value: 'Gerasimow' }]);
    expectAcceptedByDiscord(data);
    expect(data.embeds[0].title).toBe('Passages for Gerasimow — closest match Gerassimow');
    expect(data.embeds[0].fields.length).toBeGreaterThan(0);
    for (const f of data.embeds[0].fields as Array<{ value: string }>) expect(f.value).toContain('Gerassimow');
  });

  it('/article shows the article with its outlet, date and paragraphs', async () => {
    const id = [...engine.articles.keys()][0] ?? '';
    const { data } = await ask(h.fake, 'article', [{ name: 'id', value: id }]);
    expectAcceptedByDiscord(data);
    expect(data.embeds[0].title).toBe(engine.articles.get(id)?.title.slice(0, 256));
    expect(data.embeds[0].description).toContain(id);
    expect(data.embeds[0].fields[0].name).toBe('¶ 1');
  });

  it('/help lists every command, privately', async () => {
    const { data } = await ask(h.fake, 'help');
    expect(isEphemeral(data)).toBe(true);
    expectAcceptedByDiscord(data);
    const names = data.embeds[0].fields.map((f: { name: string }) => f.name.split(' ')[0]);
    expect(names).toEqual(expect.arrayContaining(['/figure', '/source', '/search', '/article', '/help']));
  });

  it('/help lists the moderator commands too, marked as such, and only those', async () => {
    const { data } = await ask(h.fake, 'help');
    const names: string[] = data.embeds[0].fields.map((f: { name: string }) => f.name);
    const marked = names.filter((name) => name.endsWith(' (moderators only)'));
    expect(marked).toEqual(['/digest now (moderators only)', '/reload (moderators only)']);
    expect(names).toContain('/digest preview');
    expect(names).toContain('/figure <topic>');
  });
});

describe('autocomplete', () => {
  it('suggests known source names for what is typed, best first, quickly', async () => {
    const { type, data, sentAt, callback } = await ask(
      h.fake,
      'source',
      [{ name: 'name', value: 'kc', focused: true }],
      true,
    );
    expect(type).toBe(8);
    expect(callback.at - sentAt).toBeLessThan(1500); // Discord's limit is 3 s; leave room for the network
    expect(data.choices[0].value).toBe('KCNA');
  });

  it('suggests the most-cited sources for an empty box, at most 25', async () => {
    const { data } = await ask(h.fake, 'source', [{ name: 'name', value: '', focused: true }], true);
    expect(data.choices.length).toBeGreaterThan(1);
    expect(data.choices.length).toBeLessThanOrEqual(25);
    expect(data.choices).toEqual(
      engine.suggest('source', '', 25).map((s) => ({ name: s.label.slice(0, 100), value: s.value })),
    );
  });

  it('suggests topics for /figure', async () => {
    const { data } = await ask(h.fake, 'figure', [{ name: 'topic', value: 'tro', focused: true }], true);
    expect(data.choices.map((c: { value: string }) => c.value)).toContain(engine.suggest('topic', 'tro', 25)[0]?.value);
  });

  it('suggests article ids labelled with titles for /article', async () => {
    const { data } = await ask(h.fake, 'article', [{ name: 'id', value: '', focused: true }], true);
    const ids = [...engine.articles.keys()];
    expect(data.choices.length).toBe(Math.min(25, ids.length));
    for (const c of data.choices as Array<{ name: string; value: string }>) {
      expect(ids).toContain(c.value);
      expect(c.name.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('bad input and failures stay private and short', () => {
  it('an option of only spaces gets an ephemeral error, not an answer', async () => {
    const { type, data } = await ask(h.fake, 'figure', [{ name: 'topic', value: '   ' }]);
    expect(type).toBe(4);
    expect(isEphemeral(data)).toBe(true);
    expect(data.content).toMatch(/topic needs some text/);
  });

  it('an option longer than Discord would allow gets an ephemeral error', async () => {
    const { data } = await ask(h.fake, 'search', [{ name: 'query', value: 'x'.repeat(201) }]);
    expect(isEphemeral(data)).toBe(true);
    expect(data.content).toMatch(/too long/);
  });

  it('switches mentions off client-wide as well as on each reply', () => {
    expect(h.bot.client.options.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it.each([
    ['a public answer', 'Soldaten'],
    ['a private miss', 'zzqqxxyy'],
  ])('echoing @everyone and a role mention in %s pings no one', async (_, words) => {
    const roleMention = `<@&${h.fake.everyoneRoleId}>`;
    const { data } = await ask(h.fake, 'search', [{ name: 'query', value: `@everyone ${roleMention} ${words}` }]);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const shown = JSON.stringify([data.content ?? '', data.embeds ?? []]);
    expect(shown).toContain(words);
    expect(shown).not.toContain('@everyone');
    expect(shown).not.toContain(roleMention);
  });

  it('an engine failure is a short ephemeral error and the bot keeps answering', async () => {
    const working = h.holder.current;
    h.holder.swap({
      ...working,
      answer: () => {
        throw new Error('index corrupt at /secret/path');
      },
    });
    try {
      const { data } = await ask(h.fake, 'figure', [{ name: 'topic', value: 'troops' }]);
      expect(isEphemeral(data)).toBe(true);
      expect(data.content).toMatch(/could not answer/);
      expect(data.content).not.toContain('/secret/path');
    } finally {
      h.holder.swap(working);
    }
    const { data } = await ask(h.fake, 'figure', [{ name: 'topic', value: 'troops' }]);
    expect(isEphemeral(data)).toBe(false);
  });

  it('reads the engine at answer time, so a reload applies to the next interaction', async () => {
    const working = h.holder.current;
    h.holder.swap({
      ...working,
      answer: (c) => ({ ok: false, kind: 'bad-input', error: `swapped engine saw ${c.name}` }),
    });
    try {
      const { data } = await ask(h.fake, 'source', [{ name: 'name', value: 'kcna' }]);
      expect(data.content).toBe('swapped engine saw source');
    } finally {
      h.holder.swap(working);
    }
  });
});

describe('logging', () => {
  it('logs one line per interaction with id, command, latency and outcome', async () => {
    const { interaction } = await ask(h.fake, 'source', [{ name: 'name', value: 'BBC' }]);
    await expect.poll(() => h.logs.lines().find((l) => l.interactionId === interaction.id)).toBeTruthy();
    const line = h.logs.lines().find((l) => l.interactionId === interaction.id);
    expect(line).toMatchObject({ command: 'source', kind: 'command', outcome: 'miss' });
    expect(line?.latencyMs).toEqual(expect.any(Number));
  });

  it('answered every interaction without a failed reply (only the deliberate engine failure is an error)', () => {
    const errors = h.logs.lines().filter((l) => l.level >= 50);
    expect(errors.map((l) => [l.msg, l.event])).toEqual([['engine failed', 'engine_failed']]);
  });

  it('never writes the bot token to the log', () => {
    expect(h.logs.text().length).toBeGreaterThan(0);
    expect(h.logs.text()).not.toContain(TEST_TOKEN);
  });

  it("never registers commands on start (that is deploy-commands' job)", () => {
    expect(h.fake.requests.filter((r) => r.method === 'PUT' && /\/commands$/.test(r.path))).toHaveLength(0);
  });

  it('identifies with only the Guilds intent', async () => {
    const identify = await h.fake.waitForGateway((f) => f.op === 2);
    expect(identify.d.intents).toBe(1);
    expect(identify.d.token).toBe(TEST_TOKEN);
  });
});
