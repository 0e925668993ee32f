import type { Engine } from '../../src/engine/engine';
import type { BenchQuery } from './query-set';

/** Runs one benchmark query through the engine, as the bot's command and autocomplete handlers would. */
export function runOnEngine(engine: Engine, query: BenchQuery): number {
  switch (query.kind) {
    case 'autocomplete':
      return engine.suggest(query.field, query.text, 25).length;
    case 'figure':
    case 'source': {
      const outcome = engine.answer({ name: query.kind, query: query.text });
      return outcome.ok ? outcome.answer.results.length : 0;
    }
    default: {
      const outcome = engine.answer({ name: 'search', query: query.text });
      return outcome.ok ? outcome.answer.results.length : 0;
    }
  }
}
