import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';
import { type PageMetadata, readPageMetadata } from './page-metadata';
import { dropFurniture } from './page-furniture';

// Loaded on first use: the article loader, and so every build worker, imports this module for saved pages, which
// most archives do not have; a DOM library loaded in every thread cost start-up time and heap for nothing.
const requireLazily = createRequire(import.meta.url);
let libraries: { parseHTML: typeof ParseHTML; Readability: typeof ReadabilityClass } | null = null;

function dom(): { parseHTML: typeof ParseHTML; Readability: typeof ReadabilityClass } {
  libraries ??= {
    parseHTML: (requireLazily('linkedom') as { parseHTML: typeof ParseHTML }).parseHTML,
    Readability: (requireLazily('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
  };
  return libraries;
}

export interface ExtractedBlock {
  text: string;
  heading: boolean;
}

/** Why a page is not stored as an article; `reason` words it for the loader's report. */
export type PageProblem = { kind: 'no-article-text' } | { kind: 'too-little-text'; chars: number };

export type Extraction =
  | { ok: true; metadata: PageMetadata; blocks: ExtractedBlock[] }
  | { ok: false; reason: string; problem: PageProblem };

/** Less reporting than this is a teaser, an index page or a paywall stub, not an article worth citing. */
const MIN_ARTICLE_CHARS = 200;

const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre';
const HEADINGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * The article on a page: its metadata (read before Readability, which rewrites the document) and its reporting as
 * blocks of text in reading order, site furniture left to Readability. Refuses a page without enough reporting.
 */
export function extractArticle(html: string, pageUrl: string | null): Extraction {
  const { parseHTML, Readability } = dom();
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document as unknown as Parameters<typeof readPageMetadata>[0], pageUrl);
  dropFurniture(document);
  const readable = new Readability(document as unknown as ConstructorParameters<typeof ReadabilityClass>[0], {
    charThreshold: MIN_ARTICLE_CHARS,
  }).parse();
  if (!readable?.content) {
    const reason = 'the page has no article text (an index page, a teaser or a paywall?)';
    return { ok: false, reason, problem: { kind: 'no-article-text' } };
  }
  const blocks = blocksOf(readable.content, metadata.title);
  const chars = blocks.reduce((sum, block) => sum + (block.heading ? 0 : block.text.length), 0);
  if (chars < MIN_ARTICLE_CHARS) {
    return {
      ok: false,
      reason: `the page has only ${chars} characters of article text (an index page, a teaser or a paywall?)`,
      problem: { kind: 'too-little-text', chars },
    };
  }
  // Readability's excerpt is the page's description, else its first paragraph (which pageArticleMeta drops as such).
  const description = metadata.description ?? (readable.excerpt?.replace(/\s+/g, ' ').trim() || null);
  return { ok: true, metadata: { ...metadata, title: metadata.title ?? readable.title ?? null, description }, blocks };
}

interface BlockElement {
  tagName: string;
  textContent: string | null;
  querySelector(selector: string): unknown;
}

/** Leaf blocks only, so a list item's paragraph or a quote's paragraph is read once, not twice. */
function blocksOf(content: string, title: string | null): ExtractedBlock[] {
  const { document } = dom().parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  const blocks: ExtractedBlock[] = [];
  for (const element of Array.from(document.querySelectorAll(BLOCKS)) as unknown as BlockElement[]) {
    if (element.querySelector(BLOCKS) !== null) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    // Readability keeps the headline in the body as a heading; the title line already says it.
    if (blocks.length === 0 && title !== null && text === title) continue;
    blocks.push({ text, heading: HEADINGS.has(element.tagName) });
  }
  return blocks;
}
