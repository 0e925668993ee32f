import type { GatewayChange } from '../bot/gateway-watch';
import type { BuildProgress } from '../build/load-and-build';
import type { InteractionRecord } from '../bot/interaction-router';
import type { Env } from '../config/env';
import type { DigestPostResult } from '../digest/counted-poster';
import type { EngineHolder } from '../engine/holder';
import type { Logger } from '../logging/logger';
import { onReload } from '../reload/reload-events';
import { startHttpServer, type RunningHttpServer } from './http-server';
import { createBotMetrics } from './metrics';
import { initialReadiness, readinessOf } from './readiness';

/**
 * The bot's operator-facing side: what /readyz reports and what /metrics counts, served over HTTP when HTTP_PORT
 * is set. The bot's parts report to it through these methods and know nothing of HTTP or Prometheus.
 */
export interface Operations {
  http: RunningHttpServer | null;
  /** The start-up build is done (it took `durationMs`) and `holder` serves from now on. */
  corpusBuilt(holder: EngineHolder, durationMs: number): void;
  /** How far the start-up build has got. */
  buildProgress(progress: BuildProgress): void;
  gateway(change: GatewayChange): void;
  interaction(record: InteractionRecord): void;
  digestPosted(result: DigestPostResult): void;
  /** Not ready from the moment a shutdown begins, before anything has stopped. */
  stopping(): void;
  stop(): Promise<void>;
}

/** Started before the corpus is built, so a health check sees the process alive (and not ready) while it builds. */
export async function startOperations(env: Pick<Env, 'HTTP_PORT' | 'HTTP_HOST'>, logger: Logger): Promise<Operations> {
  const state = initialReadiness();
  const metrics = createBotMetrics();
  metrics.build('start-up', true);
  const http =
    env.HTTP_PORT === undefined
      ? null
      : await startHttpServer(env.HTTP_HOST, env.HTTP_PORT, {
          readiness: () => readinessOf(state),
          metrics: () => metrics.render(),
        });
  if (http) logger.info({ host: http.host, port: http.port }, 'http server listening');
  let stopWatchingReloads: () => void = () => undefined;
  return {
    http,
    corpusBuilt(holder, durationMs) {
      metrics.build('start-up', false, durationMs);
      metrics.corpus(() => holder.current);
      stopWatchingReloads = onReload(holder, (event) => metrics.reload(event));
      state.corpusBuilt = true;
    },
    buildProgress: (progress) => metrics.buildProgress('start-up', progress),
    gateway(change) {
      state.gateway = change.status;
      metrics.gateway(change);
    },
    interaction: (record) => metrics.interaction(record),
    digestPosted: (result) => metrics.digestPosted(result),
    stopping() {
      state.stopping = true;
    },
    async stop() {
      state.stopping = true;
      stopWatchingReloads();
      await http?.close();
    },
  };
}
