import type { Locale } from '../locale/locale';
import type { Messages } from './messages';
import { DE } from './messages-de';
import { EN } from './messages-en';

const CATALOG: Record<Locale, Messages> = { de: DE, en: EN };

/** The texts of one language. */
export function messages(locale: Locale): Messages {
  return CATALOG[locale];
}
