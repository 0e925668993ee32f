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

  it('lists the commands for /help', () => {
    const reply = answerLine(engine, '/help');
    for (const name of ['/figure', '/source', '/search', '/article', '/help']) expect(reply.text).toContain(name);
  });
});
