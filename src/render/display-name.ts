import type { Locale } from '../locale/locale';

/**
 * A lexicon name as a reader of `locale` sees it: the lexicon's label for that language when it gives one, the
 * name itself otherwise (names of people and agencies mostly need none).
 */
export function displayName(name: string, labels: { de?: string } | undefined, locale: Locale): string {
  return locale === 'de' ? (labels?.de ?? name) : name;
}
