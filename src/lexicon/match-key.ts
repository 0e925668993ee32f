import { sentenceWords } from '../text/sentence-words';

// German inflects names and the nouns and adjectives around them ("südkoreanischen Geheimdienstes",
// "südkoreanische Geheimdienst", "Putins", "Militärbloggern"). Stripping these endings from both the alias and the
// text word lets one alias cover every case form without a grammar. Longest endings first.
// The endings: -ern, -en, -er, -es, -em, -e, -s.
// Short words (KBS, dpa, USA, Kreml) are names, not inflected stems; stripping them would merge unrelated names.
const MIN_STEM = 4;

/**
 * The key a folded token is matched by: repeatedly strips German inflection endings. Applied identically to alias
 * words and text words, so the occasional over-strip ("Reuters" → "reut") is symmetric and harmless.
 */
export function inflectionKey(foldedToken: string): string {
  // Index arithmetic rather than endsWith/slice per try: this runs for every word of the archive.
  let end = foldedToken.length;
  for (;;) {
    let cut = endingLength(foldedToken, end);
    // "-es" too long for a short stem may still leave "-s" to strip: "tages" → "tage".
    if (cut === 2 && end - cut < MIN_STEM && foldedToken.charCodeAt(end - 1) === 0x73) cut = 1;
    if (cut === 0 || end - cut < MIN_STEM) return end === foldedToken.length ? foldedToken : foldedToken.slice(0, end);
    end -= cut;
  }
}

/** Length of the longest inflection ending of `word[0, end)`, or 0. */
function endingLength(word: string, end: number): number {
  const last = word.charCodeAt(end - 1);
  const before = word.charCodeAt(end - 2);
  if (last === 0x6e /* n */) {
    if (before === 0x72 && word.charCodeAt(end - 3) === 0x65) return 3; // -ern
    return before === 0x65 ? 2 : 0; // -en
  }
  if (last === 0x72 || last === 0x73 || last === 0x6d) {
    if (before === 0x65) return 2; // -er, -es, -em
    return last === 0x73 ? 1 : 0; // -s
  }
  return last === 0x65 ? 1 : 0; // -e
}

/**
 * The word keys of an alias or phrase as the matcher compares them (punctuation between words is ignored). Read as
 * sentenceWords reads them, the same words and keys as tokenize's without its pattern per word: the analysis keys
 * every source it discovers by these (see discoveredId).
 */
export function phraseKeys(phrase: string): string[] {
  return sentenceWords(phrase).map((w) => inflectionKey(w.key));
}

/** One string per phrase, for detecting two lexicon entries that would claim the same words. */
export function phraseKey(phrase: string): string {
  return phraseKeys(phrase).join(' ');
}
