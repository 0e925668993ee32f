import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Article } from '../../src/corpus/article';
import { compileLexicon, type CompiledLexicon } from '../../src/lexicon/compile-lexicon';
import { loadLexicon } from '../../src/lexicon/load-lexicon';
import { phraseKey } from '../../src/lexicon/match-key';

const FIXTURES = join(import.meta.dirname, '../fixtures/corpus-real');

const AttributionLabelsSchema = z.object({
  dataset: z.string(),
  articles: z.array(
    z.object({
      article: z.string(),
      sentences: z.array(z.string()),
      labels: z.array(
        z.object({
          sentence: z.number().int().min(0),
          speakers: z.array(z.string()),
          accept: z.array(z.string()).optional(),
          via: z.string().optional(),
          case: z.string(),
        }),
      ),
    }),
  ),
});
export type AttributionLabels = z.infer<typeof AttributionLabelsSchema>;

const FigureLabelsSchema = z.object({
  dataset: z.string(),
  articles: z.array(
    z.object({
      article: z.string(),
      sentences: z.array(z.string()),
      figures: z.array(
        z.object({
          sentence: z.number().int().min(0),
          number: z.string(),
          value: z.number(),
          upper: z.number().nullable(),
          qualifier: z.string().nullable(),
          unit: z.string(),
          measures: z.string(),
          accept_measures: z.array(z.string()).optional(),
          source: z.string().nullable(),
          accept_source: z.array(z.string()).optional(),
        }),
      ),
      non_figures: z.array(z.object({ sentence: z.number().int().min(0), number: z.string(), why: z.string() })),
    }),
  ),
});
export type FigureLabels = z.infer<typeof FigureLabelsSchema>;

export function attributionLabels(): AttributionLabels {
  return AttributionLabelsSchema.parse(JSON.parse(readFileSync(join(FIXTURES, 'attribution-labels.json'), 'utf8')));
}

export function figureLabels(): FigureLabels {
  return FigureLabelsSchema.parse(JSON.parse(readFileSync(join(FIXTURES, 'figure-labels.json'), 'utf8')));
}

export async function bundledLexicon(): Promise<CompiledLexicon> {
  const { lexicon, problems } = await loadLexicon(join(import.meta.dirname, '../../data'));
  if (!lexicon) throw new Error(`bundled lexicon does not load: ${JSON.stringify(problems)}`);
  return compileLexicon(lexicon);
}

/**
 * The labelled sentences as one article, one sentence per paragraph, so sentence i of the labels is paragraph i+1.
 * The fixture keeps the loader's sentences of each article from its start, so what the analysis reads before a
 * labelled sentence is what it reads in the real article.
 */
export function articleOf(id: string, sentences: readonly string[]): Article {
  return {
    id,
    title: sentences[0] ?? id,
    outlet: 'derStandard',
    url: null,
    published: null,
    language: 'de',
    contentHash: id,
    paragraphs: sentences.map((text, i) => ({ number: i + 1, text, sentences: [text], heading: false })),
  };
}

/**
 * Names compare as the lexicon matches them: without case, a leading article or inflection ("des afghanischen
 * Verteidigungsministeriums" is "afghanisches Verteidigungsministerium"), since credits quote the text's own case.
 */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => phraseKey(s.replace(/^(?:der|die|das|des|dem|den)\s+/i, ''));
  return norm(a) === norm(b);
}
