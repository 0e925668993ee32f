import { messages } from '../i18n/catalog';
import { formatNumber, formatPublished } from '../locale/intl-format';
import type { Locale } from '../locale/locale';
import { formatReloadReport } from '../reload/reload-report';
import type { IngestResult } from './ingest-link';
import { problemText } from './ingest-problem';

/**
 * What a reporter reads after an ingest, in their language: the article as it will be cited (title, outlet, date,
 * id, link) and what the archive gained, or why nothing was added. Plain text; the caller fits it to its medium.
 */
export function formatIngestResult(result: IngestResult, locale: Locale = 'en'): string {
  const m = messages(locale);
  if (result.outcome === 'refused') return m.ingest.notAdded(result.link, problemText(result.problem, locale));
  if (result.outcome === 'duplicate') return m.ingest.alreadyAs(result.title, result.id);
  const { meta, report } = result;
  const title = meta.title ?? result.id;
  const diff = report?.diff;
  const head = !result.serving
    ? m.ingest.savedNotServing(title)
    : diff?.added.some((a) => a.id === result.id)
      ? m.ingest.added(title)
      : diff?.changed.some((a) => a.id === result.id)
        ? m.ingest.updated(title)
        : diff || result.change === 'unchanged'
          ? m.ingest.unchanged(title)
          : m.ingest.inArchive(title);
  const lines = [
    head,
    m.ingest.facts(
      meta.outlet ?? m.answer.unknownOutlet,
      meta.published === undefined ? m.answer.undated : formatPublished(meta.published, locale),
      m.ingest.paragraphs(result.paragraphs, formatNumber(result.paragraphs, locale)),
      result.id,
    ),
  ];
  if (meta.url) lines.push(`<${meta.url}>`);
  if (result.serving && diff) {
    const figures = diff.figures.after - diff.figures.before;
    lines.push(m.ingest.figures(`${figures >= 0 ? '+' : '−'}${formatNumber(Math.abs(figures), locale)}`));
    if (diff.sourcesGained.length > 0) lines.push(m.ingest.sourcesNew(diff.sourcesGained.join(', ')));
  }
  if (!result.serving) lines.push(report ? formatReloadReport(report, 1200, locale) : m.ingest.loadsLater);
  return lines.join('\n');
}
