import { tokenize } from '../text/tokenize';

// German inflects names and the nouns and adjectives around them ("südkoreanischen Geheimdienstes",
// "südkoreanische Geheimdienst", "Putins", "Militärbloggern"). Stripping these endings from both the alias and the
// text word lets one alias cover every case form without a grammar. Longest endings first.
const INFLECTION_ENDINGS = ['ern', 'en', 'er', 'es', 'em', 'e', 's'] as const;
// Short words (KBS, dpa, USA, Kreml) are names, not inflected stems; stripping them would merge unrelated names.
const MIN_STEM = 4;

/**
 * The key a folded token is matched by: repeatedly strips German inflection endings. Applied identically to alias
 * words and text words, so the occasional over-strip ("Reuters" → "reut") is symmetric and harmless.
 */
export function inflectionKey(foldedToken: string): string {
  let key = foldedToken;
  for (;;) {
    const ending = INFLECTION_ENDINGS.find((e) => key.endsWith(e) && key.length - e.length >= MIN_STEM);
    if (!ending) return key;
    key = key.slice(0, -ending.length);
  }
}

/** The word keys of an alias or phrase as the matcher compares them (punctuation between words is ignored). */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => inflectionKey(t.key));
}

/** One string per phrase, for detecting two lexicon entries that would claim the same words. */
export function phraseKey(phrase: string): string {
  return phraseKeys(phrase).join(' ');
}
