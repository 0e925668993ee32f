/**
 * Folds German text to a matching key: lower case, ß → ss, and both spellings of umlauts (ä and ae, ö and oe,
 * ü and ue) → the bare vowel, so "Pjöngjang", "Pjoengjang" and "Pjongjang" meet. The same fold is applied to
 * the index and to queries, so the rare false merge (ue in "Quelle") is symmetric and harmless; what users see
 * is always the original text.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[äàáâ]/g, 'a')
    .replace(/[öòóô]/g, 'o')
    .replace(/[üùúû]/g, 'u')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u');
}
