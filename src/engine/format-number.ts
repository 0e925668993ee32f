import { formatNumber as formatIn, formatRange as formatRangeIn } from '../locale/intl-format';

// The engine's own ready-made lines (the JSON answer's `summary`, autocomplete labels) are English; renderers
// format the structured data again for the reader's language.
function formatNumber(value: number): string {
  return formatIn(value, 'en');
}

/** "11,000" or "11,000–12,000". */
export function formatRange(value: number, upper?: number): string {
  return formatRangeIn(value, upper, 'en');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
