import MiniSearch from 'minisearch';
import type { SuggestField } from '../../../src/engine/command';
import type { Baseline } from './baseline';
import type { Passage } from './passages';

const RESULT_LIMIT = 25;
const SEARCH_OPTIONS = { fuzzy: 0.2, prefix: true } as const;

interface Named {
  id: number;
  name: string;
}

function nameIndex(names: readonly string[]): MiniSearch<Named> {
  const index = new MiniSearch<Named>({ fields: ['name'] });
  index.addAll(names.map((name, id) => ({ id, name })));
  return index;
}

/** A full-text library's design: MiniSearch's inverted index over paragraphs, fuzzy 0.2 with prefix matching. */
export function createMiniSearchBaseline(
  passages: readonly Passage[],
  candidates: Record<SuggestField, string[]>,
): Baseline {
  const index = new MiniSearch<Passage>({ fields: ['text'] });
  index.addAll(passages);
  const names = {
    topic: nameIndex(candidates.topic),
    source: nameIndex(candidates.source),
    article: nameIndex(candidates.article),
  };
  return {
    name: 'MiniSearch',
    run: (query) => {
      const hits =
        query.kind === 'autocomplete'
          ? names[query.field].search(query.text, SEARCH_OPTIONS)
          : index.search(query.text, SEARCH_OPTIONS);
      return hits.slice(0, RESULT_LIMIT).length;
    },
  };
}
