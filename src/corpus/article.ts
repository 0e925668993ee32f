import { z } from 'zod';

/**
 * Optional sidecar file `<id>.meta.json` next to `<id>.txt`. What it says overrides what the loader detects,
 * because a desk editor knows the outlet and date better than a heuristic reading scraped text.
 */
export const ArticleMetaSchema = z
  .object({
    outlet: z.string().trim().min(1).max(200).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    published: z.iso.date().optional(),
    language: z.string().trim().min(2).max(8).optional(),
    title: z.string().trim().min(1).max(500).optional(),
    /** The teaser under the headline, as the outlet wrote it: searched with the article, cited as the standfirst. */
    standfirst: z.string().trim().min(1).max(1000).optional(),
  })
  .strict();
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

/** One paragraph of cleaned reporting. `sentences` are verbatim substrings of `text`, in order. */
export interface Paragraph {
  /** 1-based position among the article's kept paragraphs; this is the number citations show. */
  number: number;
  text: string;
  sentences: string[];
  /** A crosshead / subheading rather than running text. Still searchable, never a figure's context alone. */
  heading: boolean;
}

/** What an article says about itself: everything but its text. */
export interface ArticleHeader {
  /** The file's stem, e.g. `000_9a2567d393b2c456`. */
  id: string;
  title: string;
  /** The standfirst (teaser) when the metadata gives one; like the title, not a paragraph of the text. */
  standfirst?: string;
  outlet: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) when the text or metadata gives one; never guessed. */
  published: string | null;
  language: string;
  /** Hash of the raw file plus metadata, so a reload can tell changed articles from unchanged ones. */
  contentHash: string;
}

/** An article as read from its file: what the analysis and the index read. */
export interface Article extends ArticleHeader {
  paragraphs: Paragraph[];
}

/** A file the loader could not accept, with a reason a desk editor can act on. */
export interface FileProblem {
  file: string;
  reason: string;
}
