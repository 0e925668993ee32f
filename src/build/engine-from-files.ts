import type { Article } from '../corpus/article';
import type { Lexicon } from '../lexicon/schema';
import { engineFromData } from '../engine/create-engine';
import type { Engine } from '../engine/engine';
import { buildCorpusData } from './build-corpus-data';

/** Builds an engine over articles and a lexicon already in memory, in one go (tests, benchmarks). */
export function engineFromFiles(files: { articles: readonly Article[]; lexicon: Lexicon }): Engine {
  return engineFromData(buildCorpusData(files));
}
