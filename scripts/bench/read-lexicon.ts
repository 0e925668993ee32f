import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourcesFileSchema, TopicsFileSchema, VocabularyFileSchema, type Lexicon } from '../../src/lexicon/schema';

/**
 * The lexicon of a data folder, or null while the folder has none yet. The benchmark reads it itself (through the
 * shared schemas) because it needs the raw names for its query lists, not the engine's compiled matchers.
 */
export function readLexicon(dataDir: string): Lexicon | null {
  const sourcesFile = join(dataDir, 'lexicon', 'sources.json');
  const topicsFile = join(dataDir, 'lexicon', 'topics.json');
  if (!existsSync(sourcesFile) || !existsSync(topicsFile)) return null;
  const { sources } = SourcesFileSchema.parse(JSON.parse(readFileSync(sourcesFile, 'utf8')));
  const { topics } = TopicsFileSchema.parse(JSON.parse(readFileSync(topicsFile, 'utf8')));
  const vocabularyFile = join(dataDir, 'lexicon', 'vocabulary.json');
  const vocabulary = existsSync(vocabularyFile)
    ? VocabularyFileSchema.parse(JSON.parse(readFileSync(vocabularyFile, 'utf8'))).entries
    : [];
  return { sources, topics, vocabulary };
}
