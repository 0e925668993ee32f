// Answers are read by English- and German-speaking staff alike; the desk's own examples ("8,000–12,000") use
// English grouping, and the verbatim German text ("11.000") always stands beside the value, so nothing is lost.
const formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return formatter.format(value);
}

/** "11,000" or "11,000–12,000". */
export function formatRange(value: number, upper?: number): string {
  return upper === undefined ? formatNumber(value) : `${formatNumber(value)}–${formatNumber(upper)}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
