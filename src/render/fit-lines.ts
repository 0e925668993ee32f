/**
 * Takes whole lines, in order, while they fit in `budget` characters (joined by newlines) and number at most
 * `maxLines`; when some are left out, the last line says how many were left out, so a capped list never pretends to be complete.
 */
export function fitLines(
  lines: readonly string[],
  budget: number,
  more: (left: number) => string,
  maxLines = Infinity,
): string {
  const kept: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const cost = line.length + (kept.length > 0 ? 1 : 0);
    const left = lines.length - i - 1;
    // Room must remain for the "…and N more" line unless this is the last line.
    const reserve = left > 0 ? more(left).length + 1 : 0;
    if (kept.length >= maxLines || used + cost + reserve > budget) {
      const note = more(lines.length - i);
      return kept.length > 0 ? `${kept.join('\n')}\n${note}` : note.slice(0, budget);
    }
    kept.push(line);
    used += cost;
  }
  return kept.join('\n');
}
