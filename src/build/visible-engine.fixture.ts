import type { Command } from '../engine/command';
import type { Engine } from '../engine/engine';

const COMMANDS: Command[] = [
  { name: 'figure', query: 'troops' },
  { name: 'figure', query: 'Verluste' },
  { name: 'figure', query: 'Satelliten' },
  { name: 'source', query: 'kcan' },
  { name: 'source', query: 'BBC' },
  { name: 'source', query: 'Selenskyj' },
  { name: 'search', query: 'Gerasimow' },
  { name: 'search', query: 'Pjongjang Truppen Kursk' },
  { name: 'search', query: 'Nordkorea-Soldaten' },
  { name: 'article', query: '002' },
];

/** Everything a user can see of an engine: builds that must agree are compared by it. */
export function visible(engine: Engine) {
  return {
    answers: COMMANDS.map((command) => engine.answer(command)),
    stats: engine.stats(),
    board: engine.figureBoard(),
    sources: engine.topSources(10),
    suggestions: ['k', 'tr', 'Ge'].map((prefix) => engine.suggest('source', prefix)),
    articles: [...engine.articles.values()],
  };
}
