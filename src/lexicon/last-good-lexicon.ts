import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeFileAtomic } from '../state/atomic-file';
import { type Lexicon, SourceEntrySchema, TopicEntrySchema, VocabularyEntrySchema } from './schema';

export const LAST_GOOD_LEXICON_FILE = 'last-good-lexicon.json';

/**
 * A copy, in STATE_DIR, of the last lexicon that loaded: one bad edit to a lexicon file must not keep the bot down
 * after a restart, so it starts with this copy and says so.
 */
const LastGoodLexiconSchema = z.object({
  savedAt: z.iso.datetime(),
  lexicon: z.object({
    sources: z.array(SourceEntrySchema).min(1),
    topics: z.array(TopicEntrySchema).min(1),
    vocabulary: z.array(VocabularyEntrySchema),
  }),
});

export interface LastGoodLexicon {
  lexicon: Lexicon;
  /** ISO time it was saved, to tell the operator how old what is in service is. */
  savedAt: string;
}

export async function saveLastGoodLexicon(stateDir: string, lexicon: Lexicon, now = new Date()): Promise<void> {
  const saved: z.infer<typeof LastGoodLexiconSchema> = { savedAt: now.toISOString(), lexicon };
  await writeFileAtomic(join(stateDir, LAST_GOOD_LEXICON_FILE), JSON.stringify(saved));
}

/** The saved copy, or why there is none to use (never saved, or not readable as one). */
export async function loadLastGoodLexicon(stateDir: string): Promise<LastGoodLexicon | { problem: string }> {
  const read = await readJsonFile(join(stateDir, LAST_GOOD_LEXICON_FILE), LastGoodLexiconSchema);
  if (read.kind === 'ok') return read.value;
  if (read.kind === 'missing') {
    return { problem: `no last good lexicon in STATE_DIR (${LAST_GOOD_LEXICON_FILE}): this is a first start` };
  }
  return { problem: read.problem };
}
