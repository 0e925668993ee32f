import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../corpus/article';
import { buildArticle } from '../corpus/build-article';
import { compileLexicon, type CompiledLexicon } from '../lexicon/compile-lexicon';
import { loadLexicon } from '../lexicon/load-lexicon';
import type { SentenceRef } from './types';

/** Test fixture: the five real articles shipped in data/, built by the real loader, with the desk lexicon. */
export interface BundledCorpus {
  /** By the three-digit prefix of the file name: "000" … "004". */
  article(prefix: string): Article;
  lexicon: CompiledLexicon;
}

const DATA_DIR = join(import.meta.dirname, '../../data');

export async function loadBundledCorpus(): Promise<BundledCorpus> {
  const { lexicon, problems } = await loadLexicon(DATA_DIR);
  if (!lexicon) throw new Error(`bundled lexicon does not load: ${JSON.stringify(problems)}`);
  const folder = join(DATA_DIR, 'articles');
  const files = (await readdir(folder)).filter((f) => f.endsWith('.txt'));
  const articles = await Promise.all(
    files.map(async (f) => buildArticle(f.slice(0, -'.txt'.length), await readFile(join(folder, f), 'utf8'))),
  );
  return {
    article(prefix) {
      const found = articles.find((a) => a.id.startsWith(`${prefix}_`));
      if (!found) throw new Error(`no bundled article ${prefix}`);
      return found;
    },
    lexicon: compileLexicon(lexicon),
  };
}

/** The sentence a figure or attribution points at. */
export function sentenceAt(article: Article, ref: SentenceRef): string {
  const sentence = article.paragraphs.find((p) => p.number === ref.paragraph)?.sentences[ref.sentence];
  if (sentence === undefined) throw new Error(`no sentence ${ref.paragraph}.${ref.sentence} in ${article.id}`);
  return sentence;
}
