import type { Suggestion } from '../engine/engine';
import { messages } from '../i18n/catalog';
import { formatNumber } from '../locale/intl-format';
import type { Locale } from '../locale/locale';
import { displayName } from './display-name';

/**
 * An autocomplete choice's text for a reader of `locale`: the engine's own English label, or the same parts worded
 * in German ("Truppen — 12 Zahlen", "KCNA (Agentur) — 40 Zitate"). The value a pick sends is the same either way.
 */
export function suggestionLabel(suggestion: Suggestion, locale: Locale): string {
  const parts = suggestion.parts;
  if (locale === 'en' || !parts) return suggestion.label;
  const m = messages(locale).suggestion;
  const name = displayName(parts.name, parts.labels, locale);
  const what = parts.kind !== undefined ? m.kind[parts.kind] : parts.detail;
  const count = parts.count ? m.count(parts.count.n, formatNumber(parts.count.n, locale), parts.count.of) : undefined;
  if (parts.count?.of === 'quotes') return `${name}${what ? ` (${what})` : ''} — ${count}`;
  return `${name} — ${count ?? what ?? parts.name}`;
}
