import type { Article } from '../corpus/article';
import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import { attributeSentence } from './attribute-sentence';
import type { Attribution } from './types';

/**
 * Every sentence of the article in which a source is quoted, named as the origin of information, or credited,
 * one entry per source and sentence (see attributeSentence for the rule). Linear in the article's length.
 */
export function findAttributions(article: Article, lexicon: CompiledLexicon): Attribution[] {
  const attributions: Attribution[] = [];
  for (const paragraph of article.paragraphs) {
    paragraph.sentences.forEach((sentence, index) => {
      for (const a of attributeSentence(sentence, lexicon).attributions) {
        attributions.push({
          articleId: article.id,
          paragraph: paragraph.number,
          sentence: index,
          source: a.source,
          mention: a.mention,
          kind: a.kind,
        });
      }
    });
  }
  return attributions;
}
