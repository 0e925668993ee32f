import Fuse from 'fuse.js';
import type { SuggestField } from '../../../src/engine/command';
import type { Baseline } from './baseline';
import type { Passage } from './passages';

const RESULT_LIMIT = 25;

/**
 * The obvious design: fuse.js over whole paragraph texts. `ignoreLocation` is needed or fuse only looks near the
 * start of each passage; every query then runs a bitap scan over every passage, so its cost grows with the archive.
 */
export function createFuseBaseline(passages: readonly Passage[], candidates: Record<SuggestField, string[]>): Baseline {
  const fuse = new Fuse(passages, { keys: ['text'], ignoreLocation: true, threshold: 0.3 });
  const names = {
    topic: new Fuse(candidates.topic, { threshold: 0.3 }),
    source: new Fuse(candidates.source, { threshold: 0.3 }),
    article: new Fuse(candidates.article, { threshold: 0.3 }),
  };
  return {
    name: 'fuse.js',
    run: (query) =>
      query.kind === 'autocomplete'
        ? names[query.field].search(query.text, { limit: RESULT_LIMIT }).length
        : fuse.search(query.text, { limit: RESULT_LIMIT }).length,
  };
}
