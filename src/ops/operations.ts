import type { GatewayChange } from '../bot/gateway-watch';
import type { Env } from '../config/env';
import type { Logger } from '../logging/logger';
import { startHttpServer, type RunningHttpServer } from './http-server';
import { initialReadiness, readinessOf } from './readiness';

/** The bot's operator-facing side: what /readyz reports, served over HTTP when HTTP_PORT is set. */
export interface Operations {
  http: RunningHttpServer | null;
  corpusBuilt(): void;
  gateway(change: GatewayChange): void;
  /** Not ready from the moment a shutdown begins, before anything has stopped. */
  stopping(): void;
  stop(): Promise<void>;
}

/** Started before the corpus is built, so a health check sees the process alive (and not ready) while it builds. */
export async function startOperations(env: Pick<Env, 'HTTP_PORT' | 'HTTP_HOST'>, logger: Logger): Promise<Operations> {
  const state = initialReadiness();
  const http =
    env.HTTP_PORT === undefined ? null : await startHttpServer(env.HTTP_HOST, env.HTTP_PORT, { readiness: () => readinessOf(state) });
  if (http) logger.info({ host: http.host, port: http.port }, 'http server listening');
  return {
    http,
    corpusBuilt: () => {
      state.corpusBuilt = true;
    },
    gateway: (change) => {
      state.gateway = change.status;
    },
    stopping: () => {
      state.stopping = true;
    },
    stop: async () => {
      state.stopping = true;
      await http?.close();
    },
  };
}
