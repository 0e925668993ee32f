import { createHash } from 'node:crypto';
import type { Command } from '../../src/engine/command';
import type { Engine } from '../../src/engine/engine';

const COMMANDS: Command[] = [
  { name: 'figure', query: 'troops' },
  { name: 'figure', query: 'Prozent' },
  { name: 'source', query: 'kcan' },
  { name: 'source', query: 'BBC' },
  { name: 'search', query: 'Gerasimow' },
  { name: 'search', query: 'Pjongjang Truppen Kursk' },
  { name: 'article', query: '002' },
];

/**
 * A hash of what users see of an engine (answers to a fixed set of commands, the corpus statistics, the figure
 * board, the most cited sources): two engines built in different processes, one cold and one from the cache,
 * must give the same.
 */
export function answersDigest(engine: Engine): string {
  const seen = {
    answers: COMMANDS.map((command) => engine.answer(command)),
    stats: engine.stats(),
    board: engine.figureBoard(),
    sources: engine.topSources(25),
  };
  return createHash('sha256').update(JSON.stringify(seen)).digest('hex');
}
