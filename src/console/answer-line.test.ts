import { beforeAll, describe, expect, it } from 'vitest';
import { createEngineFromDir } from '../build/engine-from-dir';
import type { Engine } from '../engine/engine';
import { answerLine } from './answer-line';

let engine: Engine;
beforeAll(async () => {
  const created = await createEngineFromDir('data');
  if (!created.engine) throw new Error('bundled corpus must build');
  engine = created.engine;
});

describe('console lines', () => {
  it.each([
    ['empty', ''],
    ['5,000 characters', `/search ${'a'.repeat(5000)}`],
    ['unknown command', '/frobnicate troops'],
    ['command without text', '/figure'],
    ['command with only spaces', '/source    '],
  ])('%s gets a one-line error, not an exception', (_, line) => {
    const reply = answerLine(engine, line);
    expect(reply.ok).toBe(false);
    expect(reply.text).toMatch(/^Error: /);
    expect(reply.text.split('\n')).toHaveLength(1);
    expect(reply.text.length).toBeLessThan(200);
  });

  it.each([
    ['emoji only', '/search 🪖🚀🔥'],
    ['markdown', '/search **bold** `code` [x](http://y)'],
    ['@everyone', '/source @everyone'],
    ['role mention', '/search <@&123456789012345678>'],
    ['regex metacharacters', '/search .*+?^${}()|[]\\'],
    ['regex in a topic', '/figure (a+)+$'],
  ])('%s gets a clear answer that says nothing matched', (_, line) => {
    const reply = answerLine(engine, line);
    expect(reply.ok).toBe(true);
    expect(reply.text.split('\n')[0]).toMatch(/^(No \w+ named|Nothing found for)/);
  });

  it('answers in German for a German desk: German headline, spread and numbers, the sentences verbatim', () => {
    const reply = answerLine(engine, '/figure troops', 'de');
    const english = answerLine(engine, '/figure troops', 'en');
    expect(reply.text).toMatch(/^Zahlen zu troops — gefunden: .*Soldaten/);
    expect(reply.text).toMatch(/^Spanne: 8\.000–12\.000 laut \d+ Quellen$/m);
    expect(reply.text).toMatch(/^■ 11\.000$/m);
    expect(reply.text).toMatch(/: gelesen aus „/);
    const sentences = (text: string) => text.split('\n').filter((line) => line.trim().startsWith('“'));
    expect(sentences(reply.text)).toEqual(sentences(english.text));
    expect(sentences(reply.text).length).toBeGreaterThan(0);
    expect(answerLine(engine, '/figure', 'de').text).toBe('Fehler: /figure: das Thema fehlt.');
  });

  it('lists the commands for /help', () => {
    const reply = answerLine(engine, '/help');
    for (const name of ['/figure', '/source', '/search', '/article', '/help']) expect(reply.text).toContain(name);
  });
});
