import type { Attribution, Figure } from '../../analysis/types';
import type { ArticleFiling } from '../../engine/corpus-data';
import type { CompiledLexicon } from '../../lexicon/compile-lexicon';
import { phraseKey } from '../../lexicon/match-key';
import { foldText } from '../../text/fold';

/** What filing reads of an analysis. */
export interface FiledAnalysis {
  figures: readonly Figure[];
  attributions: readonly Attribution[];
}

/** What an article files: its figures, and its quotations as read, a sentence naming a source twice listed once. */
export function articleFiling(analysis: FiledAnalysis): ArticleFiling {
  // "KCNA … von KCNA zitiert" is one quotation.
  const seen = new Set<string>();
  const credits: Attribution[] = [];
  for (const attribution of analysis.attributions) {
    const key = `${attribution.source}:${attribution.paragraph}:${attribution.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    credits.push(attribution);
  }
  return { figures: analysis.figures, credits, filed: credits };
}

/** A filing with its quotations filed anew: `filedOf` gives each as filed, from it as read and its place. */
export function withFiled(
  filing: ArticleFiling,
  filedOf: (credit: Attribution, i: number) => Attribution,
): ArticleFiling {
  return { ...filing, filed: filing.credits.map(filedOf) };
}

/**
 * The folded word a figure counts or measures, as figuresByWord files it: the same few nouns are counted over and
 * over (Soldaten, Menschen, Prozent), so each is folded once.
 */
export function wordKeys(): (word: string) => string {
  const keys = new Map<string, string>();
  return (word) => {
    let key = keys.get(word);
    if (key === undefined) {
      key = foldText(word);
      keys.set(word, key);
    }
    return key;
  };
}

/**
 * Calls `file` with each word key a figure is filed under, in filing order: what it counts (slot 0), then what it
 * measures (slot 1).
 */
export function forEachWordKey(
  figure: Figure,
  wordKey: (word: string) => string,
  file: (key: string, slot: number) => void,
): void {
  if (figure.counted) file(wordKey(figure.counted), 0);
  if (figure.measure) file(wordKey(figure.measure), 1);
}

/**
 * The lexicon source a quotation's channel names, read from its end: "dem südkoreanischen Fernsehsender KBS" is
 * KBS, "der Nachrichtenagentur AFP" is AFP.
 */
export function channelOf(credit: Attribution, lexicon: CompiledLexicon): string | undefined {
  if (credit.via === undefined) return undefined;
  const words = credit.via.split(/\s+/);
  for (let first = 0; first < words.length; first++) {
    const id = lexicon.sourceIdByPhrase.get(phraseKey(words.slice(first).join(' ')));
    if (id !== undefined) return id;
  }
  return undefined;
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
