import type { Article } from '../corpus/article';
import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import { attributeSentence, type SentenceSources } from './attribute-sentence';
import type { Attribution } from './types';

/**
 * Every sentence of the article in which a source is quoted, named as the origin of information, or credited,
 * one entry per source and sentence (see attributeSentence for the rule). Linear in the article's length.
 */
export function findAttributions(article: Article, lexicon: CompiledLexicon): Attribution[] {
  return article.paragraphs.flatMap((paragraph) =>
    paragraph.sentences.flatMap((sentence, index) =>
      placeAttributions(article.id, paragraph.number, index, attributeSentence(sentence, lexicon)),
    ),
  );
}

/** A sentence's attributions with their citation coordinates. */
export function placeAttributions(
  articleId: string,
  paragraph: number,
  sentence: number,
  sources: SentenceSources,
): Attribution[] {
  return sources.attributions.map((a) => ({
    articleId,
    paragraph,
    sentence,
    source: a.source,
    mention: a.mention,
    kind: a.kind,
  }));
}
