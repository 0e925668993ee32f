import { ownCopy } from '../corpus/own-copy';
import type { ArticleAnalysis } from './analyze-article';

/**
 * Gives the words each figure and quotation was read from a copy of their own. They are slices of the article's
 * sentences, and V8 keeps a slice's whole parent alive: without this, every figure and quotation kept its
 * paragraph's text in memory twice over, beside the packed copy the corpus stores (see ArticleText). Analyses that crossed from a build worker were already copied by structured cloning.
 */
export function ownAnalysisText(analysis: ArticleAnalysis): void {
  for (const figure of analysis.figures) figure.text = ownCopy(figure.text);
  for (const attribution of analysis.attributions) attribution.mention = ownCopy(attribution.mention);
}
