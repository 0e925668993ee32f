import type { LatencyStats } from './latency';
import { QUERY_KINDS, type QueryKind } from './query-set';
import type { SizeReport } from './size-report';
import { targetsFor } from './targets';

/** The benchmark's printed report: three plain-text tables a reader can paste into the README. */

const QUERY_LABELS: Record<QueryKind, string> = {
  figure: '/figure <topic>',
  source: '/source <name>',
  'search-word': '/search one word',
  'search-typo': '/search typo',
  'search-three-words': '/search three words',
  autocomplete: 'autocomplete 1–3 letters',
};

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function buildTable(reports: readonly SizeReport[]): string {
  return table(
    [
      'articles',
      'load avg',
      '2 threads',
      'paragraphs',
      'distinct words',
      'load+build s',
      'workers',
      'build CPU s',
      'heap MB',
      'reload s',
      'reload loop p99 ms',
    ],
    reports.map((r) => {
      const t = targetsFor(r.size);
      const buildS = r.build.ms / 1000;
      return [
        int(r.archive.articles),
        r.loadAverage.toFixed(1),
        `×${r.parallelThroughput.toFixed(2)}`,
        int(r.archive.paragraphs),
        int(r.archive.distinctWords),
        `${buildS.toFixed(1)} (≤${t.buildS}) ${verdict(buildS <= t.buildS)}`,
        String(r.build.workers),
        (r.build.cpuMs / 1000).toFixed(1),
        `${int(r.build.heapMB)} (≤${t.heapMB}) ${verdict(r.build.heapMB <= t.heapMB)}`,
        (r.reload.durationMs / 1000).toFixed(1),
        `${ms(r.reload.p99Ms)} (≤${t.reloadLoopP99Ms}) ${verdict(r.reload.p99Ms <= t.reloadLoopP99Ms)}`,
      ];
    }),
  );
}

/** The analysis cache: a start from it and a reload after adding articles, against the cold build of the run. */
function warmTable(reports: readonly SizeReport[]): string {
  const times = (n: number) => `×${n >= 10 ? n.toFixed(0) : n.toFixed(2)}`;
  return table(
    [
      'articles',
      'cold s',
      'cold peak RSS MB',
      'cache write s',
      'warm start s',
      '× cold',
      'first /source s',
      'ask process s',
      'warm peak RSS MB',
      'reload +n s',
      '× cold',
      'same answers',
    ],
    reports.flatMap((r) => {
      const w = r.warm;
      if (!w) return [];
      const t = targetsFor(r.size);
      const cold = r.build.ms;
      const reloadS = w.reload.ms / 1000;
      return [
        [
          int(r.archive.articles),
          (cold / 1000).toFixed(1),
          `${int(r.build.peakRssMB)} (≤${t.peakRssMB}) ${verdict(r.build.peakRssMB <= t.peakRssMB)}`,
          (r.build.cacheSaveMs / 1000).toFixed(1),
          `${(w.startMs / 1000).toFixed(2)} (≤${t.warmStartS}) ${verdict(w.startMs / 1000 <= t.warmStartS)}`,
          times(w.startMs / cold),
          (w.sourceStartMs / 1000).toFixed(2),
          (w.processMs / 1000).toFixed(2),
          `${int(w.peakRssMB)} (≤${t.peakRssMB}) ${verdict(w.peakRssMB <= t.peakRssMB)}`,
          `+${w.reload.added}: ${reloadS.toFixed(2)} (≤${t.reloadAddedS}) ${verdict(reloadS <= t.reloadAddedS)}`,
          times(w.reload.ms / cold),
          `${w.sameAnswers ? 'yes' : 'NO'} (${int(w.fromCache)}/${int(w.articles)} cached)`,
        ],
      ];
    }),
  );
}

/** baseline / ours on the same queries, by median; `n=` when the baseline only ran a sample. */
function ratio(baseline: LatencyStats, ours: LatencyStats, total: number): string {
  if (baseline.count === 0) return 'skipped';
  const value = baseline.p50 / Math.max(ours.p50, 0.001);
  const text = value >= 10 ? `×${value.toFixed(0)}` : `×${value.toFixed(1)}`;
  return baseline.count < total ? `${text} (n=${baseline.count})` : text;
}

function latencyTable(reports: readonly SizeReport[]): string {
  const baselineNames = [...new Set(reports.flatMap((r) => r.baselines.map((b) => b.name)))];
  const rows = reports.flatMap((r) =>
    QUERY_KINDS.map((kind) => {
      const ours = r.latency[kind];
      const target = targetsFor(r.size).p95Ms[kind];
      return [
        `${int(r.archive.articles)} ${QUERY_LABELS[kind]}`,
        String(ours.count),
        ms(ours.p50),
        ms(ours.p95),
        ms(ours.max),
        `≤${target} ${verdict(ours.p95 <= target)}`,
        ...baselineNames.map((name) => {
          const b = r.baselines.find((x) => x.name === name);
          return b ? ratio(b.latency[kind], b.oursOnSameQueries[kind], ours.count) : '—';
        }),
      ];
    }),
  );
  return table(
    ['articles / query (ms)', 'n', 'p50', 'p95', 'max', 'p95 target', ...baselineNames.map((n) => `${n} ×`)],
    rows,
  );
}

function checksTable(reports: readonly SizeReport[]): string {
  const labels = [...new Set(reports.flatMap((r) => r.checks.map((c) => c.label)))];
  const rows = labels.map((label) => [
    label,
    ...reports.map((r) => {
      const check = r.checks.find((c) => c.label === label);
      if (!check) return '—';
      const listed = `real ${check.realListed}/${check.realExpected} listed`;
      return check.passed ? `pass · ${listed}` : `FAIL: ${check.detail} · ${listed}`;
    }),
  ]);
  const resolutions = labels.map((label) => {
    const check = reports.flatMap((r) => r.checks).find((c) => c.label === label && c.passed);
    return check ? `  ${label}: ${check.detail}` : `  ${label}: —`;
  });
  return [
    table(['answers unchanged (resolution)', ...reports.map((r) => int(r.archive.articles))], rows),
    '',
    '"pass" = resolves as over the five real articles alone (match kind, names matched, suggestions);',
    '"real n/m listed" = results of the five-article answer still in the capped answer (ranking, informational).',
    'Resolutions:',
    ...resolutions,
  ].join('\n');
}

function baselineNotes(reports: readonly SizeReport[]): string[] {
  return reports.flatMap((r) =>
    r.baselines.map(
      (b) =>
        `${int(r.archive.articles)} articles: ${b.name} built in ${(b.buildMs / 1000).toFixed(1)} s` +
        (b.sampled ? '; ran a fixed sample of each kind (n shown; "skipped" = over its time budget)' : ''),
    ),
  );
}

export function renderReport(reports: readonly SizeReport[], header: string): string {
  return [
    header,
    '',
    buildTable(reports),
    '',
    warmTable(reports),
    '"cold" is the build above (a first start: empty cache); "warm start" opens the cache, keys the files and builds,',
    'to the first answer (/figure), in a process of its own ("ask process": from its fork, Node and tsx starting',
    'included); "first /source" to a /source asked right after it, which waits for the source matcher that a start',
    'from kept facts builds after it serves;',
    '"reload +n" adds n new articles to the folder and reloads with the cache. Peak RSS: the process maximum,',
    'worker threads included.',
    '',
    latencyTable(reports),
    '',
    '"load avg" is the machine\'s 1-minute load when the size started; above the core count, timings are inflated.',
    '"2 threads" is the work two threads got done together against one alone just before (×2.00: two full cores);',
    'the build workers cannot shrink the wall time by more than that.',
    'Ratios are baseline p50 / ours p50 over the same queries (×10 = the baseline is ten times slower).',
    'Baselines: fuse.js over whole paragraphs (ignoreLocation) and MiniSearch over paragraphs (fuzzy 0.2, prefix);',
    'autocomplete baselines match the prefix against the topic, source and article names.',
    ...baselineNotes(reports),
    '',
    checksTable(reports),
  ].join('\n');
}
