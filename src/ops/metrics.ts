import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { GatewayChange } from '../bot/gateway-watch';
import type { BuildProgress } from '../build/load-and-build';
import type { InteractionRecord } from '../bot/interaction-router';
import type { DigestPostResult } from '../digest/counted-poster';
import type { Engine } from '../engine/engine';
import type { ReloadEvent } from '../reload/reload-events';

type BuildPhase = 'start-up' | 'reload';

/** What the bot tells its metrics; each method is one thing an operator counts or watches. */
export interface BotMetrics {
  interaction(record: InteractionRecord): void;
  digestPosted(result: DigestPostResult): void;
  reload(event: ReloadEvent, now?: Date): void;
  build(phase: BuildPhase, running: boolean, durationMs?: number): void;
  buildProgress(phase: BuildPhase, progress: BuildProgress): void;
  corpus(current: () => Engine): void;
  gateway(change: GatewayChange): void;
  /** The exposition text for GET /metrics. */
  render(): Promise<{ contentType: string; body: string }>;
}

// Answers are mostly tens of milliseconds; Discord wants a reply or a deferral within 3 s, so buckets bracket that.
const LATENCY_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const RELOAD_OUTCOMES = ['reloaded', 'kept-old', 'failed'] as const;

/**
 * The bot's Prometheus metrics, in a registry of their own (several bots in one test process must not share
 * counters), plus prom-client's standard process metrics: event-loop delay, memory, CPU, handles.
 */
export function createBotMetrics(): BotMetrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });

  const interactions = new Counter({
    name: 'factdesk_interactions_total',
    help: 'Interactions handled, by kind (command, autocomplete, button), command and outcome.',
    labelNames: ['kind', 'command', 'outcome'] as const,
    registers,
  });
  const latency = new Histogram({
    name: 'factdesk_answer_latency_seconds',
    help: 'Time from an interaction arriving to its reply being sent, by kind and command.',
    labelNames: ['kind', 'command'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const digestPosts = new Counter({
    name: 'factdesk_digest_posts_total',
    help: 'Digest messages posted to a channel (sent) or refused by Discord (failed; retried at the next run).',
    labelNames: ['result'] as const,
    registers,
  });
  const reloads = new Counter({
    name: 'factdesk_reloads_total',
    help: 'Reloads by outcome: reloaded, kept-old (invalid files under keep-old) or failed.',
    labelNames: ['outcome'] as const,
    registers,
  });
  const lastReloadTime = new Gauge({
    name: 'factdesk_last_reload_timestamp_seconds',
    help: 'When the last reload finished (Unix time); absent until the first reload.',
    registers,
  });
  const lastReloadOutcome = new Gauge({
    name: 'factdesk_last_reload_outcome',
    help: "The last reload's outcome: 1 for the outcome it had, 0 for the others.",
    labelNames: ['outcome'] as const,
    registers,
  });
  const building = new Gauge({
    name: 'factdesk_corpus_build_in_progress',
    help: 'Whether a corpus build is running: at start-up, or for a reload (the old corpus serves meanwhile).',
    labelNames: ['phase'] as const,
    registers,
  });
  const buildSeconds = new Gauge({
    name: 'factdesk_corpus_build_duration_seconds',
    help: 'How long the last corpus build of each phase took.',
    labelNames: ['phase'] as const,
    registers,
  });
  const buildArticles = new Gauge({
    name: 'factdesk_corpus_build_articles',
    help: 'Articles the running (or last) build of each phase has read and analysed so far.',
    labelNames: ['phase'] as const,
    registers,
  });
  const buildArticlesTotal = new Gauge({
    name: 'factdesk_corpus_build_articles_total',
    help: 'Article files the running (or last) build of each phase has to read.',
    labelNames: ['phase'] as const,
    registers,
  });
  const gatewayUp = new Gauge({
    name: 'factdesk_gateway_up',
    help: 'Whether the Discord gateway session is connected.',
    registers,
  });

  let engine: (() => Engine) | null = null;
  const corpusGauge = (name: string, help: string, read: (e: Engine) => number) =>
    new Gauge({
      name,
      help,
      registers,
      collect() {
        if (engine) this.set(read(engine()));
      },
    });
  corpusGauge('factdesk_corpus_articles', 'Articles in the corpus in service.', (e) => e.stats().articles);
  corpusGauge('factdesk_corpus_figures', 'Figures read from the corpus in service.', (e) => e.stats().figures);
  corpusGauge(
    'factdesk_corpus_attributions',
    'Sentences crediting a source in the corpus in service.',
    (e) => e.stats().attributions,
  );
  corpusGauge(
    'factdesk_corpus_sources',
    'Distinct sources the corpus in service quotes or credits.',
    (e) => e.topSources(Number.MAX_SAFE_INTEGER).length,
  );

  for (const phase of ['start-up', 'reload'] as const) building.set({ phase }, 0);
  for (const result of ['sent', 'failed'] as const) digestPosts.inc({ result }, 0);
  for (const outcome of RELOAD_OUTCOMES) reloads.inc({ outcome }, 0);
  gatewayUp.set(0);

  const finishReload = (outcome: (typeof RELOAD_OUTCOMES)[number], now: Date) => {
    reloads.inc({ outcome });
    lastReloadTime.set(now.getTime() / 1000);
    for (const o of RELOAD_OUTCOMES) lastReloadOutcome.set({ outcome: o }, o === outcome ? 1 : 0);
    building.set({ phase: 'reload' }, 0);
  };

  const buildProgress = (phase: BuildPhase, { articles, of }: BuildProgress): void => {
    buildArticles.set({ phase }, articles);
    buildArticlesTotal.set({ phase }, of);
  };

  return {
    interaction({ kind, command, outcome, latencyMs }) {
      interactions.inc({ kind, command, outcome });
      latency.observe({ kind, command }, latencyMs / 1000);
    },
    digestPosted: (result) => digestPosts.inc({ result }),
    reload(event, now = new Date()) {
      if (event.phase === 'started') building.set({ phase: 'reload' }, 1);
      else if (event.phase === 'progress') buildProgress('reload', event.progress);
      else if (event.phase === 'failed') finishReload('failed', now);
      // A reload that joined one already running reports that one's result; it is counted once, by its starter.
      else if (!event.report.joined) {
        buildSeconds.set({ phase: 'reload' }, event.report.durationMs / 1000);
        finishReload(event.report.outcome, now);
      }
    },
    buildProgress,
    build(phase, running, durationMs) {
      building.set({ phase }, running ? 1 : 0);
      if (durationMs !== undefined) buildSeconds.set({ phase }, durationMs / 1000);
    },
    corpus(current) {
      engine = current;
    },
    gateway: (change) => gatewayUp.set(change.status === 'up' ? 1 : 0),
    render: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
  };
}
