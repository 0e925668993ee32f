import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { FileProblem } from '../corpus/article';
import { jsonSyntaxReason } from '../corpus/json-syntax-reason';
import { notAFileReason, resolveInDataDir } from '../corpus/resolve-in-data-dir';
import { tokenize } from '../text/tokenize';
import { phraseKey } from './match-key';
import { STOP_WORDS } from './stop-words';
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
  // A pipe would block the read for good, and a folder would only say EISDIR.
  const notAFile = resolved.ok ? await stat(resolved.realPath).then(notAFileReason, () => null) : null;
  if (notAFile !== null) return { data: null, problems: [{ file, reason: notAFile }] };
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

// Shorter, an alias matches stray initials and list letters ("a)") or nothing at all.
const MIN_ALIAS_CHARACTERS = 2;

/** Why an alias would credit its source with sentences that do not name it, or null. */
function aliasHarm(phrase: string): string | null {
  const words = tokenize(phrase);
  if (words.length > 0 && words.every((word) => STOP_WORDS.has(word.key))) {
    return "is a common word (a German stop word): it would credit the source with other people's sentences";
  }
  const characters = words.reduce((sum, word) => sum + word.key.length, 0);
  if (words.length > 0 && characters < MIN_ALIAS_CHARACTERS) {
    return `is too short (fewer than ${MIN_ALIAS_CHARACTERS} letters or digits) to name a source`;
  }
  return null;
}

/**
 * Two sources claiming the same words would make attribution depend on file order, so that is an error, as is an
 * alias that would match where the source is not named. The comparison uses the matcher's own key (folded,
 * inflection stripped): what collides there collides in text.
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
      const harm = aliasHarm(phrase);
      if (harm !== null) {
        problems.push(`source "${source.id}": alias "${phrase}" ${harm}`);
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
