import type { FileProblem } from '../corpus/article';
import type { Env } from '../config/env';
import { formatNumber, plural } from '../engine/format-number';
import { DISCORD_LIMITS } from '../render/discord-limits';
import { fitLines } from '../render/fit-lines';
import { type ReloadDiff, isUnchanged } from './diff-engines';

export type ReloadPolicy = Env['RELOAD_POLICY'];

export interface ReloadReport {
  /** `kept-old`: invalid files (or nothing loadable) under keep-old; the corpus in service did not change. */
  outcome: 'reloaded' | 'kept-old';
  /** Who asked: "user 1234… (name)", "SIGHUP", "console". */
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
}

const more = (left: number) => `…and ${formatNumber(left)} more`;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

function signed(n: number): string {
  return n > 0 ? `+${formatNumber(n)}` : n < 0 ? `−${formatNumber(-n)}` : '±0';
}

function articleLines(label: string, refs: ReloadDiff['added']): string[] {
  return refs.map((r) => `${label} ${r.id} — ${r.title}`);
}

function problemLines(problems: readonly FileProblem[]): string[] {
  return problems.map((p) => `• ${p.file}: ${p.reason}`);
}

function diffLines(diff: ReloadDiff): string[] {
  if (isUnchanged(diff)) return ['Nothing changed.'];
  const lines = [
    `Articles: ${formatNumber(diff.added.length)} added, ${formatNumber(diff.changed.length)} changed, ${formatNumber(diff.removed.length)} removed.`,
  ];
  const { before, after } = diff.figures;
  const topics = diff.topics.slice(0, 6).map((t) => `${t.name} ${signed(t.after - t.before)}`);
  lines.push(`Figures: ${formatNumber(before)} → ${formatNumber(after)} (${signed(after - before)})${topics.length ? `; ${topics.join(', ')}` : ''}.`);
  const quoted = diff.attributions;
  if (quoted.before !== quoted.after) {
    lines.push(`Quoting sentences: ${formatNumber(quoted.before)} → ${formatNumber(quoted.after)} (${signed(quoted.after - quoted.before)}).`);
  }
  if (diff.sourcesGained.length) lines.push(`Sources gained: ${diff.sourcesGained.join(', ')}.`);
  if (diff.sourcesLost.length) lines.push(`Sources lost: ${diff.sourcesLost.join(', ')}.`);
  return lines;
}

/** The reload reply: what changed, or why nothing did. Fits one Discord message whatever the size of the change. */
export function formatReloadReport(report: ReloadReport, maxLength: number = DISCORD_LIMITS.content): string {
  const head: string[] = [];
  const lists: string[] = [];
  if (report.outcome === 'kept-old') {
    const unchanged = `the corpus in service is unchanged: ${plural(report.articles, 'article')}. (${seconds(report.durationMs)})`;
    const why = report.problems.length > 0 ? `${plural(report.problems.length, 'invalid file')}` : 'nothing loadable';
    head.push(report.refusal ? `Reload refused under every policy: ${report.refusal}; ${unchanged}` : `Reload refused (${why}); ${unchanged}`);
    if (!report.refusal && report.policy === 'keep-old' && report.problems.length > 0) {
      head.push('Fix the files below, or set RELOAD_POLICY=skip-invalid to load the valid ones anyway.');
    }
  } else {
    head.push(`Reloaded in ${seconds(report.durationMs)}: ${plural(report.articles, 'article')} in service.`);
    if (report.diff) head.push(...diffLines(report.diff));
    if (report.problems.length > 0) head.push(`Skipped ${plural(report.problems.length, 'invalid file')}:`);
  }
  if (report.joined) head.push('(A reload was already running; this is its result.)');
  const headText = head.join('\n');
  const room = maxLength - headText.length - 1;
  if (report.problems.length > 0) lists.push(...problemLines(report.problems));
  if (report.diff) {
    lists.push(...articleLines('+', report.diff.added), ...articleLines('~', report.diff.changed));
    lists.push(...articleLines('−', report.diff.removed));
  }
  if (lists.length === 0 || room <= 0) return headText.slice(0, maxLength);
  return `${headText}\n${fitLines(lists, room, more)}`;
}
