import { formatNumber, plural } from '../engine/format-number';
import { formatReloadReport } from '../reload/reload-report';
import type { IngestResult } from './ingest-link';

/**
 * What a reporter reads after an ingest: the article as it will be cited (title, outlet, date, id, link) and what
 * the archive gained, or why nothing was added. Plain text; the caller fits it to its medium.
 */
export function formatIngestResult(result: IngestResult): string {
  if (!result.ok) return `Not added: ${result.link}\n${result.reason}.`;
  const { meta, report } = result;
  const title = meta.title ?? result.id;
  const head = !result.serving
    ? `Saved, but not in service yet: ${title}`
    : !report?.diff
      ? `In the archive: ${title}`
      : report.diff.added.some((a) => a.id === result.id)
        ? `Added to the archive: ${title}`
        : report.diff.changed.some((a) => a.id === result.id)
          ? `Updated in the archive: ${title}`
          : `Already in the archive, unchanged: ${title}`;
  const lines = [
    head,
    `${meta.outlet ?? 'unknown outlet'} · ${meta.published ?? 'undated'} · ${plural(result.paragraphs, 'paragraph')} · id ${result.id}`,
    `<${meta.url}>`,
  ];
  const diff = report?.diff;
  if (result.serving && diff) {
    const figures = diff.figures.after - diff.figures.before;
    lines.push(`Figures: ${figures >= 0 ? '+' : '−'}${formatNumber(Math.abs(figures))} in the archive.`);
    if (diff.sourcesGained.length > 0) lines.push(`Sources new to the archive: ${diff.sourcesGained.join(', ')}.`);
  }
  if (!result.serving) {
    lines.push(report ? formatReloadReport(report, 1200) : 'The bot loads it at its next start or /reload.');
  }
  return lines.join('\n');
}
