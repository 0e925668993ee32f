import type { FileProblem } from '../corpus/article';
import type { Env } from '../config/env';
import { messages } from '../i18n/catalog';
import { formatFixed, formatNumber } from '../locale/intl-format';
import type { Locale } from '../locale/locale';
import { DISCORD_LIMITS } from '../render/discord-limits';
import { fitLines } from '../render/fit-lines';
import { type ReloadDiff, isUnchanged } from './diff-engines';

export type ReloadPolicy = Env['RELOAD_POLICY'];

export interface ReloadReport {
  /** `kept-old`: invalid files (or nothing loadable) under keep-old; the corpus in service did not change. */
  outcome: 'reloaded' | 'kept-old';
  /** Who asked: a moderator as a mention ("<@1234…>"), "SIGHUP", "npm run reload". */
  actor: string;
  policy: ReloadPolicy;
  startedAt: string;
  durationMs: number;
  /** Null when nothing was swapped in. */
  diff: ReloadDiff | null;
  /** Invalid files: the reason the old corpus was kept, or the files skipped under skip-invalid. */
  problems: FileProblem[];
  /** Set when the old corpus was kept whatever the policy, because the reload would have lost articles (why). */
  refusal?: string;
  /** Articles in service after the reload. */
  articles: number;
  /** This request arrived while another reload ran and got that reload's result. */
  joined: boolean;
  /** Only checked (`npm run reload` with no bot reloading): what a reload would do; nothing was swapped or saved. */
  dryRun?: boolean;
}

function seconds(ms: number, locale: Locale): string {
  return `${formatFixed(ms / 1000, ms < 10_000 ? 2 : 1, locale)} s`;
}

function signed(n: number, locale: Locale): string {
  return n > 0 ? `+${formatNumber(n, locale)}` : n < 0 ? `−${formatNumber(-n, locale)}` : '±0';
}

function articleLines(label: string, refs: ReloadDiff['added']): string[] {
  return refs.map((r) => `${label} ${r.id} — ${r.title}`);
}

function problemLines(problems: readonly FileProblem[]): string[] {
  return problems.map((p) => `• ${p.file}: ${p.reason}`);
}

function diffLines(diff: ReloadDiff, locale: Locale): string[] {
  const m = messages(locale).reload;
  const n = (value: number) => formatNumber(value, locale);
  if (isUnchanged(diff)) return [m.nothingChanged];
  const lines = [m.articleChanges(n(diff.added.length), n(diff.changed.length), n(diff.removed.length))];
  const { before, after } = diff.figures;
  const topics = diff.topics.slice(0, 6).map((t) => `${t.name} ${signed(t.after - t.before, locale)}`);
  lines.push(m.figures(`${n(before)} → ${n(after)} (${signed(after - before, locale)})`, topics.join(', ')));
  const quoted = diff.attributions;
  if (quoted.before !== quoted.after) {
    lines.push(m.quoting(`${n(quoted.before)} → ${n(quoted.after)} (${signed(quoted.after - quoted.before, locale)})`));
  }
  if (diff.sourcesGained.length) lines.push(m.sourcesGained(diff.sourcesGained.join(', ')));
  if (diff.sourcesLost.length) lines.push(m.sourcesLost(diff.sourcesLost.join(', ')));
  return lines;
}

/**
 * The reload reply: what changed, or why nothing did, in `locale`. Fits one Discord message whatever the size of
 * the change. File names, reasons and titles are shown as the loader and the data give them.
 */
export function formatReloadReport(
  report: ReloadReport,
  maxLength: number = DISCORD_LIMITS.content,
  locale: Locale = 'en',
): string {
  const m = messages(locale).reload;
  const took = seconds(report.durationMs, locale);
  const articles = m.articles(report.articles, formatNumber(report.articles, locale));
  const files = m.invalidFiles(report.problems.length, formatNumber(report.problems.length, locale));
  const head: string[] = [];
  const lists: string[] = [];
  if (report.dryRun) head.push(m.dryRun);
  if (report.outcome === 'kept-old') {
    const unchanged = m.unchanged(articles, took);
    const why = report.problems.length > 0 ? files : m.nothingLoadable;
    head.push(report.refusal ? m.refusedEveryPolicy(report.refusal, unchanged) : m.refused(why, unchanged));
    if (!report.refusal && report.policy === 'keep-old' && report.problems.length > 0) head.push(m.fixOrSkip);
  } else {
    head.push(report.dryRun ? m.wouldReload(took, articles) : m.reloaded(took, articles));
    if (report.diff) head.push(...diffLines(report.diff, locale));
    if (report.problems.length > 0) head.push(m.skipped(files));
  }
  if (report.joined) head.push(m.joined);
  const headText = head.join('\n');
  const room = maxLength - headText.length - 1;
  if (report.problems.length > 0) lists.push(...problemLines(report.problems));
  if (report.diff) {
    lists.push(...articleLines('+', report.diff.added), ...articleLines('~', report.diff.changed));
    lists.push(...articleLines('−', report.diff.removed));
  }
  if (lists.length === 0 || room <= 0) return headText.slice(0, maxLength);
  return `${headText}\n${fitLines(lists, room, (left) => m.more(formatNumber(left, locale)))}`;
}
