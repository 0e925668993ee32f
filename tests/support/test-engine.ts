// TEMPORARY: stands in until src/engine/create-engine.ts lands; the final e2e tests run on the real engine.
import type { Answer } from '../../src/engine/answer';
import type { Engine } from '../../src/engine/engine';

const result = (n: number) => ({
  articleId: `00${n % 5}_abc`,
  title: `Artikel ${n}`,
  outlet: n % 2 ? 'Reuters' : null,
  published: n % 3 ? '2024-03-01' : null,
  url: null,
  paragraph: n,
  snippet: `Nordkorea hat ${n * 1000} Soldaten entsandt. Das meldet die Agentur.`,
  figure: { value: n * 1000, text: `${n * 1000} Soldaten` },
});

export function testEngine(): Engine {
  const articles = new Map([["000_abc", { id: "000_abc", title: "Eins", outlet: null, url: null, published: null, language: "de", paragraphs: Array.from({ length: 12 }, (_, i) => ({ number: i + 1, text: "x", sentences: ["x"], heading: false })), contentHash: "" }], ["001_abc", { id: "001_abc", title: "Zwei", outlet: null, url: null, published: null, language: "de", paragraphs: Array.from({ length: 9 }, (_, i) => ({ number: i + 1, text: "x", sentences: ["x"], heading: false })), contentHash: "" }]]);
  return {
    articles,
    answer(command) {
      if (command.name === 'source' && command.query.toLowerCase() === 'bbc') {
        return { ok: true, answer: { command: 'source', query: command.query, matched: [], suggestions: ['KBS'], match: 'none', results: [] } };
      }
      const article = articles.get(command.query);
      if (command.name === 'article' && article) {
        return { ok: true, answer: { command: 'article', query: command.query, matched: [article.id], suggestions: [], match: 'exact', results: article.paragraphs.map((p) => ({ articleId: article.id, title: article.title, outlet: null, published: null, url: null, paragraph: p.number, snippet: 'Satz.' })) } };
      }
      const count = command.name === 'figure' ? 12 : 2;
      const answer: Answer = {
        command: command.name,
        query: command.query,
        matched: ['Soldaten', 'Truppen'],
        suggestions: [],
        match: 'exact',
        summary: '1,000–12,000 from 3 sources',
        results: Array.from({ length: count }, (_, i) => result(i + 1)),
      };
      return { ok: true, answer };
    },
    suggest: (_field, prefix) => [{ label: `KCNA — ${prefix}`, value: 'KCNA' }],
    stats: () => ({ articles: 0, paragraphs: 0, figures: 0, attributions: 0 }),
    figureBoard: () => [],
    topSources: () => [],
  };
}
