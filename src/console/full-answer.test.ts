import { beforeAll, describe, expect, it } from 'vitest';
import { createEngineFromDir } from '../build/engine-from-dir';
import type { Engine } from '../engine/engine';
import { fullAnswer } from './full-answer';

let engine: Engine;
beforeAll(async () => {
  const created = await createEngineFromDir('data');
  if (!created.engine) throw new Error('bundled corpus must build');
  engine = created.engine;
});

describe('the full list for --csv, --md and --chart', () => {
  it('is the uncapped answer of /figure and /source', () => {
    const full = fullAnswer(engine, '/source kcna', '--csv', 'en');
    expect('answer' in full && full.answer.results.length === full.answer.total).toBe(true);
  });

  it('is refused, with a failing one-line error, for commands that have no list to export', () => {
    for (const line of ['/search troops', '/article 000_9a2567d393b2c456', '/frobnicate', '/figure']) {
      const full = fullAnswer(engine, line, '--md', 'de');
      expect('reply' in full && full.reply.ok).toBe(false);
      if ('reply' in full) expect(full.reply.text.split('\n')).toHaveLength(1);
    }
    const search = fullAnswer(engine, '/search troops', '--md', 'de');
    expect('reply' in search && search.reply.text).toBe('Fehler: --md gibt es für /figure und /source.');
  });
});
