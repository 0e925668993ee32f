import { z } from 'zod';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes');
const Phrase = z.string().trim().min(1).max(120);

/**
 * How an entry is shown to a reader of another language than its `name`/`label`: `{ "de": "Truppen" }`. Only for
 * display: a label is not a name to match in articles (that is what aliases and terms are for).
 */
const DisplayLabelsSchema = z.object({ de: Phrase }).strict();
export type DisplayLabels = z.infer<typeof DisplayLabelsSchema>;

/**
 * A source the corpus quotes or credits: agency, outlet, government body, intelligence service or person.
 * `aliases` hold every phrasing, in English and German, that names this source in text or in a query
 * ("staatliche Nachrichtenagentur", "südkoreanischer Geheimdienst", "US-Außenministerium", ...).
 */
export const SourceEntrySchema = z
  .object({
    id: Id,
    name: Phrase,
    kind: z.enum(['agency', 'media', 'government', 'intelligence', 'military', 'organization', 'person']),
    description: z.string().max(300).optional(),
    labels: DisplayLabelsSchema.optional(),
    aliases: z.array(Phrase).default([]),
    /**
     * Phrasings that name a different body in every country ("Außenministerium", "staatliche Nachrichtenagentur"):
     * they credit this source only in an article that has named it by one of its other aliases.
     */
    generic: z.array(Phrase).default([]),
    /**
     * Words that tie a generic phrasing to this source when they stand in the same or the sentence before ("USA",
     * "Washington" for "Außenministerium"). Matched as folded text, so a word's inflected forms are found too.
     */
    context: z.array(Phrase).default([]),
  })
  .strict();

/**
 * Something people ask figures about. `names` are the words a user may type (English and German); `terms` are the
 * German word stems that mark the topic in article text (folded: lower-case, umlauts kept).
 */
export const TopicEntrySchema = z
  .object({
    id: Id,
    label: Phrase,
    labels: DisplayLabelsSchema.optional(),
    names: z.array(Phrase).min(1),
    terms: z.array(Phrase).min(1),
  })
  .strict();

/**
 * A measure or counted noun of the news, in English and German, so an English question finds the German words:
 * `/figure unemployed` reads "Arbeitslose", "Arbeitslosigkeit", "Arbeitslosenquote". `de` are German words as
 * written in articles; a figure counting or measuring one of them, or a compound ending in one, is about the entry.
 */
export const VocabularyEntrySchema = z
  .object({
    id: Id,
    desk: z.string().trim().min(1).max(40),
    kind: z.enum(['count', 'measure']),
    label: z.object({ en: Phrase, de: Phrase }).strict(),
    en: z.array(Phrase).min(1),
    de: z.array(Phrase).min(1),
  })
  .strict();

export const SourcesFileSchema = z.object({ sources: z.array(SourceEntrySchema).min(1) }).strict();
export const TopicsFileSchema = z.object({ topics: z.array(TopicEntrySchema).min(1) }).strict();
export const VocabularyFileSchema = z.object({ entries: z.array(VocabularyEntrySchema).min(1) }).strict();

export type SourceEntry = z.infer<typeof SourceEntrySchema>;
export type TopicEntry = z.infer<typeof TopicEntrySchema>;
export type VocabularyEntry = z.infer<typeof VocabularyEntrySchema>;

export interface Lexicon {
  sources: SourceEntry[];
  topics: TopicEntry[];
  /** The bilingual news vocabulary (data/lexicon/vocabulary.json); empty where none is given. */
  vocabulary: VocabularyEntry[];
}
