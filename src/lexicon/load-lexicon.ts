import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { FileProblem } from '../corpus/article';
import { jsonSyntaxReason } from '../corpus/json-syntax-reason';
import { resolveInDataDir } from '../corpus/resolve-in-data-dir';
import { phraseKey } from './match-key';
import {
  SourcesFileSchema,
  TopicsFileSchema,
  VocabularyFileSchema,
  type Lexicon,
  type SourceEntry,
  type TopicEntry,
} from './schema';

export interface LexiconLoad {
  /** Null when either file is missing or invalid: a half-loaded lexicon would silently drop sources. */
  lexicon: Lexicon | null;
  problems: FileProblem[];
}

const SOURCES_FILE = 'lexicon/sources.json';
const TOPICS_FILE = 'lexicon/topics.json';
const VOCABULARY_FILE = 'lexicon/vocabulary.json';

/**
 * Reads and validates `<dataDir>/lexicon/{sources,topics,vocabulary}.json` (the vocabulary may be absent). Never throws: the desk edits these files by hand,
 * so every mistake comes back as a problem naming the file and the field, for the reload command to show.
 */
export async function loadLexicon(dataDir: string): Promise<LexiconLoad> {
  const [sources, topics, vocabulary] = await Promise.all([
    readValidated(dataDir, SOURCES_FILE, SourcesFileSchema),
    readValidated(dataDir, TOPICS_FILE, TopicsFileSchema),
    readValidated(dataDir, VOCABULARY_FILE, VocabularyFileSchema, { optional: true }),
  ]);
  const problems = [...sources.problems, ...topics.problems, ...vocabulary.problems];
  if (!sources.data || !topics.data || vocabulary.problems.length > 0) return { lexicon: null, problems };

  const entries = vocabulary.data?.entries ?? [];
  const clashes = [
    ...sourceClashes(sources.data.sources).map((reason) => ({ file: SOURCES_FILE, reason })),
    ...topicClashes(topics.data.topics).map((reason) => ({ file: TOPICS_FILE, reason })),
    ...duplicateIds(entries).map((reason) => ({ file: VOCABULARY_FILE, reason })),
  ];
  if (clashes.length > 0) return { lexicon: null, problems: [...problems, ...clashes] };
  return { lexicon: { sources: sources.data.sources, topics: topics.data.topics, vocabulary: entries }, problems };
}

interface Validated<T> {
  data: T | null;
  problems: FileProblem[];
}

async function readValidated<S extends z.ZodType>(
  dataDir: string,
  file: string,
  schema: S,
  { optional = false } = {},
): Promise<Validated<z.infer<S>>> {
  const resolved = await resolveInDataDir(dataDir, join(dataDir, file));
  // The vocabulary only widens what English questions find: a desk without one still answers in German.
  if (!resolved.ok && resolved.missing && optional) return { data: null, problems: [] };
  if (!resolved.ok && !resolved.missing) return { data: null, problems: [{ file, reason: resolved.reason }] };
  let raw: string;
  try {
    raw = await readFile(resolved.ok ? resolved.realPath : join(dataDir, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (optional && code === 'ENOENT') return { data: null, problems: [] };
    const reason = code === 'ENOENT' ? 'file is missing' : `cannot be read (${code ?? String(error)})`;
    return { data: null, problems: [{ file, reason }] };
  }

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { data: null, problems: [{ file, reason: jsonSyntaxReason(raw, error) }] };
  }

  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      file,
      reason: `${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${issue.message}`,
    }));
    return { data: null, problems };
  }
  return { data: parsed.data, problems: [] };
}

function duplicateIds(entries: { id: string }[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { id } of entries) {
    if (seen.has(id)) problems.push(`duplicate id "${id}"`);
    seen.add(id);
  }
  return problems;
}

/**
 * Two sources claiming the same words would make attribution depend on file order, so that is an error. The
 * comparison uses the matcher's own key (folded, inflection stripped): what collides there collides in text.
 */
function sourceClashes(sources: SourceEntry[]): string[] {
  const problems = duplicateIds(sources);
  const owner = new Map<string, string>();
  for (const source of sources) {
    for (const phrase of [source.name, ...source.aliases, ...source.generic]) {
      const key = phraseKey(phrase);
      if (key === '') {
        problems.push(`source "${source.id}": alias "${phrase}" has no words to match`);
        continue;
      }
      const claimedBy = owner.get(key);
      if (claimedBy !== undefined && claimedBy !== source.id) {
        problems.push(`alias "${phrase}" of "${source.id}" is already claimed by "${claimedBy}"`);
      } else {
        owner.set(key, source.id);
      }
    }
  }
  return problems;
}

function topicClashes(topics: TopicEntry[]): string[] {
  return duplicateIds(topics);
}
