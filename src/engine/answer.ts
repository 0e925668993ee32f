import { z } from 'zod';
import { UNITS } from '../analysis/units';
import { ANSWERED_NAMES } from './command-table';

/**
 * The structured answer every command produces. The console prints it as text or as JSON (`--json`), the bot as
 * embeds. The shape is a public contract (documented in the README), so it is a schema, not just a type.
 */
const FigureSchema = z.object({
  value: z.number(),
  upper: z.number().optional(),
  qualifier: z.string().optional(),
  /** The figure adds to an earlier total ("weitere 3.000") rather than stating one; left out of the spread. */
  increment: z.boolean().optional(),
  text: z.string(),
  /** count (a number of things), percent, percentage-points, EUR, USD, km2, … (see analysis/units.ts). */
  unit: z.enum(UNITS),
  /** What the figure is an amount of when its word after the number is a unit ("Wachstum", "Inflationsrate"). */
  measure: z.string().optional(),
  /** What the figure counts, as written ("Soldaten", "Prozent"). */
  counted: z.string().optional(),
});

const ResultSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable().optional(),
  /** 1-based paragraph number; 0 when the snippet is the headline or the standfirst (a /search hit there). */
  paragraph: z.number().int().nonnegative(),
  /** Set when the snippet is the article's standfirst (paragraph 0), not its headline. */
  standfirst: z.literal(true).optional(),
  snippet: z.string(),
  figure: FigureSchema.optional(),
  /** Who the sentence credits: the lexicon's name, or the name as the article gives it in full. */
  source: z.string().optional(),
  /** The words the credit was read from, verbatim, so a reader can check it ("sagte Katzian"). */
  sourceSpan: z.string().optional(),
  /** The source's name for readers of other languages, from the lexicon ({ de: "Südkoreas Regierung" }). */
  sourceLabels: z.object({ de: z.string() }).optional(),
  /** Whom the source told it, when the sentence says ("APA"): a channel, never the source. */
  via: z.string().optional(),
});

export const CommandNameSchema = z.enum(ANSWERED_NAMES);

export const AnswerSchema = z.object({
  command: CommandNameSchema,
  query: z.string(),
  /** What the query was resolved to, e.g. ["KCNA"] or ["Soldaten","Truppen"]. */
  matched: z.array(z.string()),
  /** `matched` for readers of other languages, where the lexicon gives labels (same length and order). */
  matchedLabels: z.object({ de: z.array(z.string()) }).optional(),
  /** Closest names when nothing matched, labelled as suggestions by every renderer. */
  suggestions: z.array(z.string()),
  /** How the query matched: exactly, or only approximately (a typo fixed, a fuzzy name), or not at all. */
  match: z.enum(['exact', 'fuzzy', 'none']).optional(),
  /** One-line overview, e.g. the spread of figures: "8,000–12,000 from 6 sources". */
  summary: z.string().optional(),
  /** The spread as data, for renderers that word it in the reader's language. */
  spread: z
    .object({
      min: z.number(),
      max: z.number(),
      unit: z.enum(UNITS),
      sources: z.number().int().nonnegative(),
      unattributed: z.number().int().nonnegative(),
    })
    .optional(),
  /**
   * Present when a long figure list is read source by source: this many sources (the figures no source is named for
   * counting as one, last) each have their most recent figure among the first results, newest first, and the spread
   * is across those; older figures of the same sources follow. Absent: the results are in value order.
   */
  latestBySource: z.number().int().nonnegative().optional(),
  /** How many results there were before the list was capped (results.length when nothing was cut). */
  total: z.number().int().nonnegative().optional(),
  results: z.array(ResultSchema),
});

export type AnswerSpread = NonNullable<z.infer<typeof AnswerSchema>['spread']>;
export type AnswerResult = z.infer<typeof ResultSchema>;
export type Answer = z.infer<typeof AnswerSchema>;
export type CommandName = z.infer<typeof CommandNameSchema>;
