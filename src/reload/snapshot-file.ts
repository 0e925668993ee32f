import { join } from 'node:path';
import { readJsonFile, writeFileAtomic } from '../state/atomic-file';
import { type EngineSummary, EngineSummarySchema } from './engine-summary';

export const SNAPSHOT_FILE = 'corpus-snapshot.json';

/** The corpus last put in service, so the console's `npm run reload` can say what a reload would change. */
export async function saveCorpusSnapshot(stateDir: string, summary: EngineSummary): Promise<void> {
  await writeFileAtomic(join(stateDir, SNAPSHOT_FILE), JSON.stringify(summary));
}

export async function loadCorpusSnapshot(
  stateDir: string,
): Promise<{ summary: EngineSummary | null; problem?: string }> {
  const read = await readJsonFile(join(stateDir, SNAPSHOT_FILE), EngineSummarySchema);
  if (read.kind === 'ok') return { summary: read.value };
  if (read.kind === 'missing') return { summary: null };
  return { summary: null, problem: read.problem };
}

export const EMPTY_SUMMARY: EngineSummary = { articles: [], figures: 0, attributions: 0, topics: {}, sources: {} };
